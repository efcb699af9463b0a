#include "credmatch/credential.hpp"

#include <gtest/gtest.h>

namespace credmatch {
namespace {

TEST(CredentialTest, EmptyCredentialMissesAllMandatoryElements) {
  Credential c;
  CompletenessReport r = CheckCompleteness(c);
  EXPECT_EQ(r.present_mandatory, 0);
  EXPECT_EQ(r.missing_mandatory.size(), 11u);
  EXPECT_EQ(r.missing_optional.size(), 5u);
  EXPECT_EQ(AnnexElementName(r.missing_mandatory[3]), "awardingBody");
}

TEST(CredentialTest, DeclaredFieldsCount) {
  Credential c;
  c.title.Declare(LocalizedText::Of("fr", "Analyse de données"), "c.json:/title");
  LearningOutcome outcome;
  outcome.text = "analyse data";
  c.learning_outcomes.push_back(outcome);
  c.grade.Declare("A", "c.json:/grade");
  CompletenessReport r = CheckCompleteness(c);
  EXPECT_EQ(r.present_mandatory, 2);
  EXPECT_EQ(r.missing_optional.size(), 4u);
  EXPECT_EQ(c.title.provenance.kind, Provenance::Kind::kDeclared);
  EXPECT_EQ(c.title.provenance.where, "c.json:/title");
  EXPECT_EQ(c.title.value->Get("de"), "Analyse de données");
}

TEST(CredentialTest, LocalizedTextPrefersAskedThenEnglish) {
  LocalizedText t;
  t.by_language = {{"de", "Datenanalyse"}, {"en", "Data analysis"}, {"fr", "Analyse"}};
  EXPECT_EQ(t.Get("fr"), "Analyse");
  EXPECT_EQ(t.Get("es"), "Data analysis");
  EXPECT_EQ(LocalizedText{}.Get("en"), "");
}

}  // namespace
}  // namespace credmatch
