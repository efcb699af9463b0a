#include "credmatch/report.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "recognition/demo_credentials.hpp"

namespace credmatch {
namespace {

using Json = nlohmann::ordered_json;

RecognitionReport DemoReport(std::string_view purpose = "credit-transfer") {
  const TableSkillSimilarity similarity = testing::DemoSimilarity();
  StatusOr<Purpose> p = PurposeRegistry::Embedded().Find(purpose);
  EXPECT_TRUE(p.ok());
  StatusOr<RecognitionReport> r = Assess(testing::DemoSource(), testing::DemoTarget(), *p,
                                         similarity, ScoringConfig::Default());
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return *std::move(r);
}

TEST(ReportTest, FormatNames) {
  EXPECT_EQ(*ParseReportFormat("json"), ReportFormat::kJson);
  EXPECT_EQ(*ParseReportFormat("html"), ReportFormat::kHtml);
  EXPECT_EQ(*ParseReportFormat("text"), ReportFormat::kText);
  StatusOr<ReportFormat> bad = ParseReportFormat("pdf");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "unknown report format 'pdf' (expected json, text or html)");
}

TEST(ReportTest, JsonHasTheDocumentedSchema) {
  const RecognitionReport report = DemoReport();
  const Json j = Json::parse(ReportToJson(report));
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys,
            (std::vector<std::string>{"schema", "generator", "purpose", "decision", "overall",
                                      "dimensions", "outcomes", "source", "target", "provenance"}));
  EXPECT_EQ(j["schema"], "credmatch.recognition-report/1");
  EXPECT_EQ(j["decision"]["outcome"], DecisionName(report.decision));
  EXPECT_EQ(j["purpose"]["id"], "credit-transfer");
  std::vector<std::string> dims;
  for (const auto& [name, d] : j["dimensions"].items()) {
    dims.push_back(name);
    for (const char* key : {"score", "status", "reason", "method", "summary", "weight",
                            "weight_from", "source", "target", "figures", "facts"}) {
      EXPECT_TRUE(d.contains(key)) << name << "." << key;
    }
    if (d["status"] == "assessed") {
      EXPECT_TRUE(d["score"].is_number()) << name;
      EXPECT_TRUE(d["reason"].is_null()) << name;
    } else {
      EXPECT_TRUE(d["score"].is_null()) << name;
      EXPECT_TRUE(d["reason"].is_string()) << name;
    }
    // Every number carries its provenance.
    for (const Json& f : d["figures"]) {
      EXPECT_TRUE(f["value"].is_number());
      EXPECT_FALSE(f["from"].get<std::string>().empty()) << name << "." << f["name"];
    }
    EXPECT_NE(d["weight_from"].get<std::string>().find("/weights/" + name), std::string::npos);
  }
  EXPECT_EQ(dims, (std::vector<std::string>{"level", "workload", "outcomes", "field", "quality",
                                            "profile"}));
  EXPECT_EQ(j["dimensions"]["level"]["source"]["provenance"]["kind"], "derived");
  EXPECT_EQ(j["dimensions"]["workload"]["source"]["provenance"]["where"],
            "ie-data-analytics.json:/workload");
  EXPECT_EQ(j["outcomes"]["target"].size(), 4u);
  EXPECT_EQ(j["outcomes"]["matrix"].size(), 4u);
  EXPECT_EQ(j["outcomes"]["matrix"][0].size(), 4u);
  const Json& first = j["outcomes"]["target"][0];
  EXPECT_EQ(first["skills"][0]["target_uri"], "urn:demo:skill:programming");
  EXPECT_EQ(first["skills"][0]["source_uri"], "urn:demo:skill:python");
  EXPECT_DOUBLE_EQ(first["skills"][0]["similarity"].get<double>(),
                   0.85);  // rounded, no float noise
  EXPECT_EQ(j["target"]["elements"]["learner"]["present"], false);
  EXPECT_EQ(j["target"]["completeness"]["missing_mandatory"][0], "learner");
  EXPECT_EQ(j["target"]["completeness"]["mandatory_total"], 11);
  EXPECT_FALSE(j["provenance"]["skill_similarity"].get<std::string>().empty());
  EXPECT_TRUE(j["overall"]["score"].is_number());
}

TEST(ReportTest, JsonIsDeterministic) {
  EXPECT_EQ(ReportToJson(DemoReport()), ReportToJson(DemoReport()));
}

TEST(ReportTest, NotAssessedDimensionsAreNullWithAReason) {
  testing::CredentialBuilder a("a"), b("b");
  b.Ects(10);
  StatusOr<RecognitionReport> r =
      Assess(a.Build(), b.Build(), *PurposeRegistry::Embedded().Find("employment"),
             ExactSkillSimilarity(), ScoringConfig::Default());
  ASSERT_TRUE(r.ok());
  const Json j = Json::parse(ReportToJson(*r));
  EXPECT_TRUE(j["dimensions"]["workload"]["score"].is_null());
  EXPECT_EQ(j["dimensions"]["workload"]["status"], "not-assessed");
  EXPECT_EQ(j["dimensions"]["workload"]["reason"], "source states no workload");
  EXPECT_TRUE(j["overall"]["score"].is_null());
  EXPECT_TRUE(j["dimensions"]["workload"]["source"]["value"].is_null());
  EXPECT_EQ(j["dimensions"]["workload"]["source"]["provenance"]["kind"], "absent");
}

TEST(ReportTest, TextSummary) {
  const RecognitionReport report = DemoReport();
  const std::string text = ReportToText(report);
  EXPECT_NE(text.find("DECISION: "), std::string::npos);
  EXPECT_NE(text.find("Certificate in Data Analytics with Python [IE]"), std::string::npos);
  EXPECT_NE(text.find("Data Science Fundamentals [NL]"), std::string::npos);
  EXPECT_NE(text.find("  level     ["), std::string::npos);
  EXPECT_NE(text.find("Annex I: source 11/11 mandatory; target 10/11 mandatory (missing: learner)"),
            std::string::npos)
      << text;
  int lines = 0;
  for (char c : text) lines += c == '\n';
  EXPECT_LT(lines, 45);
}

Credential Hostile() {
  testing::CredentialBuilder b("<script>alert(\"x\")</script> & 'quotes'", "evil\".json");
  b.Complete().Eqf(6).Ects(5);
  Organisation o;
  o.name = "\"><img src=x onerror=alert(1)>";
  b.get().awarding_body.Declare(o, "evil.json:/awardingBody");
  b.Outcome("<b>bold</b> outcome", {"urn:x:<skill>"});
  b.Isced("0613", "<i>name</i>");
  return b.Build();
}

TEST(ReportTest, HtmlEscapesEveryInputString) {
  const Credential evil = Hostile();
  StatusOr<RecognitionReport> r =
      Assess(evil, evil, *PurposeRegistry::Embedded().Find("further-study"), ExactSkillSimilarity(),
             ScoringConfig::Default());
  ASSERT_TRUE(r.ok());
  const std::string html = ReportToHtml(*r);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>bold"), std::string::npos);
  EXPECT_EQ(html.find("<i>name"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"),
            std::string::npos);
  EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  // Self-contained: no external resource of any kind.
  for (const char* needle : {"src=\"", "href=", "<link", "@import", "url(", "<iframe", "<object"}) {
    EXPECT_EQ(html.find(needle), std::string::npos) << needle;
  }
  // The JSON and text writers keep the text as it is (JSON escapes quotes itself).
  const Json j = Json::parse(ReportToJson(*r));
  EXPECT_EQ(j["source"]["title"], "<script>alert(\"x\")</script> & 'quotes'");
}

TEST(ReportTest, HtmlStructure) {
  const std::string html = ReportToHtml(DemoReport());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("@page { size: A4"), std::string::npos);
  // Decision before the dimensions, the Annex I table, the outcomes and the differences.
  const std::size_t decision = html.find("class=\"decision");
  const std::size_t dims = html.find("<h2>Dimensions</h2>");
  const std::size_t annex = html.find("<h2>Annex I elements side by side</h2>");
  const std::size_t outcomes = html.find("<h2>Learning outcomes");
  const std::size_t diffs = html.find("<h2>Differences and findings</h2>");
  EXPECT_LT(decision, dims);
  EXPECT_LT(dims, annex);
  EXPECT_LT(annex, outcomes);
  EXPECT_LT(outcomes, diffs);
  EXPECT_NE(diffs, std::string::npos);
  EXPECT_NE(html.find("class=\"matrix\""), std::string::npos);
  EXPECT_NE(html.find("style=\"width:"), std::string::npos);  // bars
  EXPECT_NE(html.find("ESCO classification of the European Commission"), std::string::npos);
}

// Renders the HTML report with headless Chromium and checks that the screenshot is not blank.
TEST(ReportTest, HtmlRendersInChromium) {
  const char* chromium = "/usr/bin/chromium";
  if (!std::filesystem::exists(chromium)) GTEST_SKIP() << "chromium not installed";
  if (std::system("/usr/bin/python3 -c 'import PIL' >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "python3 with PIL not available";
  }
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "credmatch_report_html";
  std::filesystem::create_directories(dir);
  const std::filesystem::path html = dir / "report.html";
  const std::filesystem::path png = dir / "report.png";
  const std::filesystem::path profile = dir / "chromium-profile";
  std::filesystem::remove(png);
  {
    std::ofstream out(html);
    out << ReportToHtml(DemoReport("further-study"));
  }
  const std::string command =
      std::string("timeout 90 ") + chromium +
      " --headless --no-sandbox --disable-gpu --disable-background-networking"
      " --disable-component-update --disable-sync --no-first-run --user-data-dir=" +
      profile.string() + " --screenshot=" + png.string() + " --window-size=1200,1600 file://" +
      html.string() + " >" + (dir / "chromium.log").string() + " 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  ASSERT_TRUE(std::filesystem::exists(png)) << "no screenshot at " << png;
  const std::filesystem::path count = dir / "count.txt";
  const std::string python = "/usr/bin/python3 -c \"from PIL import Image; im = Image.open('" +
                             png.string() +
                             "').convert('L'); print(im.size[0], im.size[1], sum(1 for v in "
                             "im.getdata() if v < 235))\" > " +
                             count.string();
  ASSERT_EQ(std::system(python.c_str()), 0);
  std::ifstream in(count);
  long width = 0, height = 0, dark = 0;
  in >> width >> height >> dark;
  EXPECT_EQ(width, 1200);
  EXPECT_EQ(height, 1600);
  // Text, bars and coloured boxes: well above a blank page, well below a black one.
  EXPECT_GT(dark, width * height / 50) << "screenshot " << png << " looks blank";
  EXPECT_LT(dark, width * height * 9 / 10);
}

}  // namespace
}  // namespace credmatch
