package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy's page and the policies table show its version, approval and whether it is in effect yet. */
class PolicyPageTest {
  @TempDir Path dir;

  private SiteFixture.Site siteWithPolicy(String frontMatter) throws Exception {
    Path data = Fixture.minimal(dir.resolve("src"));
    Path policy = data.resolve("policies/use.md");
    Files.writeString(policy, Files.readString(policy).replace("owner: Security\n", "owner: Security\n" + frontMatter));
    return SiteFixture.site(data, dir.resolve("repo"));
  }

  private static String field(Document page, String label) {
    return page.select("dl.fields dt:containsOwn(" + label + ") + dd").text();
  }

  @Test
  void anApprovedPolicyShowsItsVersionApproverAndEffectiveDate() throws Exception {
    SiteFixture.Site site = siteWithPolicy(
        "version: \"1.2\"\napproved_by: { name: Dana Reyes, role: CISO, date: 2026-02-01 }\neffective: 2026-03-01\n");

    Document page = site.page(SiteModel.policyPage("POL-1"));

    assertThat(field(page, "Version")).isEqualTo("1.2");
    assertThat(field(page, "Approved by")).isEqualTo("Dana Reyes (CISO), 2026-02-01");
    assertThat(field(page, "Effective")).isEqualTo("2026-03-01 In effect");
  }

  @Test
  void aPolicyWhoseEffectiveDateIsAheadIsNotYetInEffect() throws Exception {
    SiteFixture.Site site = siteWithPolicy("effective: 2027-01-01\n");

    assertThat(field(site.page(SiteModel.policyPage("POL-1")), "Effective")).isEqualTo("2027-01-01 Not yet in effect");
    assertThat(site.page("policies/index.html").select("tbody tr").text()).contains("2027-01-01 Not yet in effect");
  }

  @Test
  void aPolicyWithoutApprovalSaysSo() throws Exception {
    SiteFixture.Site site = siteWithPolicy("");

    Document page = site.page(SiteModel.policyPage("POL-1"));

    assertThat(field(page, "Version")).isEqualTo("—");
    assertThat(field(page, "Approved by")).isEqualTo("not yet approved");
    assertThat(field(page, "Effective")).isEqualTo("—");
  }
}
