#!/bin/sh
# Creates the sample repositories whose Git history the shipped measurements' AI attribution comes
# from (data/repositories.yaml names them; data/measurements/ is what `govern scan` wrote from them).
# Every date, name and message is fixed, so the commit ids and the figures are the same on every
# machine. Needs git. Usage: samples/make-history-repos.sh [FOLDER]   (default: samples/repos)
#
# Then, from the project folder:  ./govern scan --as-of 2026-11-25
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/repos}

export GIT_CONFIG_NOSYSTEM=1 HOME=/nonexistent TZ=UTC
git_() { git -c user.name=x -c user.email=x@example.org -c commit.gpgsign=false -c core.autocrlf=false \
  -c init.defaultBranch=main "$@"; }

# commit REPO DATE AUTHOR EMAIL MESSAGE: commits everything, authored and committed at DATE.
commit() {
  git_ -C "$1" add -A
  GIT_AUTHOR_NAME=$3 GIT_AUTHOR_EMAIL=$4 GIT_COMMITTER_NAME=$3 GIT_COMMITTER_EMAIL=$4 \
    GIT_AUTHOR_DATE="$2T10:00:00Z" GIT_COMMITTER_DATE="$2T10:00:00Z" git_ -C "$1" commit -q --allow-empty -m "$5"
}

# add REPO FILE N TAG: appends N lines to FILE.
add() {
  mkdir -p "$(dirname "$1/$2")"
  n=1
  while [ "$n" -le "$3" ]; do echo "$4 line $n" >> "$1/$2"; n=$((n + 1)); done
}

new_repo() {
  rm -rf "$out/$1"
  mkdir -p "$out/$1"
  git_ init -q "$out/$1"
  add "$out/$1" README.md 3 "$1 readme"
  commit "$out/$1" 2025-11-10 "Dana Reyes" dana@example.com "Start $1"
}

CLAUDE="🤖 Generated with [Claude Code](https://claude.com/claude-code)

Co-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>"

# payments-api (CONFIDENTIAL): Claude Code, used more each month.
r=$out/payments-api
new_repo payments-api
m=0
for month in 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11; do
  i=0
  while [ "$i" -lt 10 ]; do
    day=$(printf '%02d' $((i * 2 + 3)))
    add "$r" "src/payments/module$((i % 4)).py" $((i + 2)) "$month-$i"
    if [ "$i" -lt $((1 + m / 2)) ]; then
      commit "$r" "$month-$day" "Sam Okafor" sam@example.com "Payments change $month/$i

Validate the amount before the ledger call.

$CLAUDE"
    else
      commit "$r" "$month-$day" "Sam Okafor" sam@example.com "Payments change $month/$i"
    fi
    i=$((i + 1))
  done
  m=$((m + 1))
done

# storefront-web (INTERNAL): Cursor and Copilot trailers, Copilot's agent, and dependabot.
r=$out/storefront-web
new_repo storefront-web
for month in 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11; do
  i=0
  while [ "$i" -lt 8 ]; do
    day=$(printf '%02d' $((i * 3 + 2)))
    add "$r" "web/page$((i % 3)).tsx" $((i + 1)) "$month-$i"
    case $i in
      0) commit "$r" "$month-$day" "Lee Park" lee@example.com "Checkout layout

Co-authored-by: Cursor <cursoragent@cursor.com>" ;;
      1) commit "$r" "$month-$day" "Lee Park" lee@example.com "Product grid

Made-with: Cursor" ;;
      2) commit "$r" "$month-$day" "Lee Park" lee@example.com "Search box

co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>" ;;
      3) commit "$r" "$month-$day" "copilot-swe-agent[bot]" 198982749+Copilot@users.noreply.github.com "Fix flaky cart test" ;;
      4) commit "$r" "$month-$day" "dependabot[bot]" 49699333+dependabot[bot]@users.noreply.github.com "Bump react" ;;
      5) commit "$r" "$month-$day" "Lee Park" lee@example.com "Squashed: header (#$i)

* Header

Co-authored-by: Cursor <cursoragent@cursor.com>

* Review fixes

Signed-off-by: Lee Park <lee@example.com>" ;;
      *) commit "$r" "$month-$day" "Lee Park" lee@example.com "Storefront change $month/$i" ;;
    esac
    i=$((i + 1))
  done
done

# platform-infra (INTERNAL): aider, git-ai notes and Agent Trace, in the last months.
r=$out/platform-infra
new_repo platform-infra
for month in 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11; do
  i=0
  while [ "$i" -lt 6 ]; do
    day=$(printf '%02d' $((i * 4 + 1)))
    add "$r" "terraform/stack$((i % 2)).tf" $((i + 3)) "$month-$i"
    case $i in
      0) commit "$r" "$month-$day" "Ira Novak (aider)" ira@example.com "Tighten security groups

Co-authored-by: aider (anthropic/claude-sonnet-4-5) <aider@aider.chat>" ;;
      1) commit "$r" "$month-$day" "Ira Novak" ira@example.com "Rotate state bucket keys"
         GIT_COMMITTER_DATE="$month-${day}T10:00:00Z" GIT_AUTHOR_DATE="$month-${day}T10:00:00Z" \
           git_ -C "$r" notes --ref=ai add -m "terraform/stack1.tf
  1f2e3d4c5b6a7980 1-3
---
{\"schema_version\":\"authorship/3.0.0\",\"prompts\":{\"1f2e3d4c5b6a7980\":{\"agent_id\":{\"tool\":\"claude-code\",\"id\":\"s1\",\"model\":\"claude-sonnet-4-5\"},\"human_author\":\"Ira Novak\",\"total_additions\":4,\"total_deletions\":0,\"accepted_lines\":3,\"overriden_lines\":0}}}" HEAD ;;
      2) mkdir -p "$r/.agent-trace"
         echo "{\"version\":\"0.1.0\",\"id\":\"$month-$i\",\"timestamp\":\"$month-${day}T10:00:00Z\",\"tool\":{\"name\":\"opencode\"},\"files\":[{\"path\":\"terraform/stack0.tf\",\"conversations\":[{\"contributor\":{\"type\":\"ai\"},\"ranges\":[{\"start_line\":1,\"end_line\":2}]}]}]}" >> "$r/.agent-trace/traces.jsonl"
         commit "$r" "$month-$day" "Ira Novak" ira@example.com "Autoscaling limits" ;;
      *) commit "$r" "$month-$day" "Ira Novak" ira@example.com "Infra change $month/$i" ;;
    esac
    i=$((i + 1))
  done
done

# ledger-core (SECRET: no AI tools): human work, and one commit that says Claude helped.
r=$out/ledger-core
new_repo ledger-core
for month in 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11; do
  i=0
  while [ "$i" -lt 4 ]; do
    day=$(printf '%02d' $((i * 5 + 4)))
    add "$r" "ledger/posting$((i % 2)).go" $((i + 4)) "$month-$i"
    if [ "$month" = 2026-10 ] && [ "$i" = 2 ]; then
      commit "$r" "$month-$day" "Noor Haddad" noor@example.com "Reconciliation batch size

Co-Authored-By: Claude <noreply@anthropic.com>"
    else
      commit "$r" "$month-$day" "Noor Haddad" noor@example.com "Ledger change $month/$i"
    fi
    i=$((i + 1))
  done
done

echo "sample repositories written to $out"
