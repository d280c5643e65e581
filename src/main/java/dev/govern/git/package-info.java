/** What govern reads from the governance repo's Git history (through JGit; no git binary). */
package dev.govern.git;
