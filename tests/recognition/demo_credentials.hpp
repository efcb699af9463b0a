// Two self-written example credentials from different countries for the report tests: an Irish
// micro-credential in data analytics assessed against a Dutch university module. Skills use
// local "urn:demo:" ids with a small similarity table, standing in for ESCO and the graph kernel.
#pragma once

#include "compare/credential_fixtures.hpp"
#include "credmatch/compare.hpp"

namespace credmatch::testing {

inline TableSkillSimilarity DemoSimilarity() {
  TableSkillSimilarity t;
  t.Set("urn:demo:skill:python", "urn:demo:skill:programming", 0.85f);
  t.Set("urn:demo:skill:data-cleaning", "urn:demo:skill:data-quality", 0.8f);
  t.Set("urn:demo:skill:visualise-data", "urn:demo:skill:present-data", 0.75f);
  t.Set("urn:demo:skill:statistics", "urn:demo:skill:regression", 0.6f);
  t.Set("urn:demo:skill:sql", "urn:demo:skill:databases", 0.7f);
  return t;
}

inline Credential DemoSource() {
  CredentialBuilder b("Certificate in Data Analytics with Python", "ie-data-analytics.json");
  b.Complete()
      .Country("IE")
      .Ects(10, 0.9, 9, 11)
      .Isced("0613", "Software and applications development and analysis");
  credmatch::Level level;
  level.framework = "IE-NFQ";
  level.nqf_level = "8";
  level.eqf = EqfRange{6, 6};
  level.matched = "Special Purpose Award";
  level.confidence = 1.0;
  b.get().level.Derive(level, "level.nqf", "frameworks/national/ie-nfq.yaml#CED-PR2013");
  b.Participation("Online")
      .Assessment("Project and portfolio")
      .QualificationType("Special Purpose Award (micro-credential)");
  b.IdentityVerification("Unsupervised without ID verification");
  b.Outcome("Write Python programs to load and clean data sets",
            {"urn:demo:skill:python", "urn:demo:skill:data-cleaning"}, 4.0);
  b.Outcome("Query relational data with SQL", {"urn:demo:skill:sql"}, 2.0);
  b.Outcome("Visualise data and communicate findings", {"urn:demo:skill:visualise-data"}, 2.0);
  b.Outcome("Use version control in a team project", {"urn:demo:skill:git"}, 2.0);
  b.get().grade.Declare("Distinction", "ie-data-analytics.json:/grade");
  b.get().stackability.Declare("Stackable towards a Higher Diploma",
                               "ie-data-analytics.json:/stackability");
  return b.Build();
}

inline Credential DemoTarget() {
  CredentialBuilder b("Data Science Fundamentals", "nl-data-science.yaml");
  b.Complete().Country("NL").Ects(15).Isced("0688", "Inter-disciplinary programmes involving ICTs");
  b.Eqf(6, 6, "first");
  Organisation o;
  o.name = "Universiteit Voorbeeld";
  o.country = "NL";
  b.get().awarding_body.Declare(o, "nl-data-science.yaml:/awardingBody");
  b.Quality("Programme accreditation", "NVAO");
  b.Participation("On-site (campus)")
      .Assessment("Written exam and project")
      .QualificationType("Bachelor module");
  b.Outcome("Program data pipelines", {"urn:demo:skill:programming", "urn:demo:skill:data-quality"},
            5.0);
  b.Outcome("Manage data in relational databases", {"urn:demo:skill:databases"}, 3.0);
  b.Outcome("Present data analyses to stakeholders", {"urn:demo:skill:present-data"}, 2.0);
  b.Outcome("Apply regression and hypothesis testing",
            {"urn:demo:skill:regression", "urn:demo:skill:hypothesis-testing"}, 5.0);
  b.get().grade = Field<std::string>();  // no grade on a programme description
  b.get().learner = Field<Learner>();    // a reference qualification has no learner
  return b.Build();
}

}  // namespace credmatch::testing
