// Builds normalised Credentials for the compare and recognition tests by filling the fields the
// normaliser and the skill mapper would fill (EQF range, ECTS, ISCED-F, ESCO skills).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "credmatch/credential.hpp"

namespace credmatch::testing {

class CredentialBuilder {
 public:
  explicit CredentialBuilder(std::string title, std::string file = "fixture.json")
      : file_(std::move(file)) {
    c_.id = "urn:test:" + title;
    c_.source = file_;
    c_.format = "credmatch-json";
    c_.language = "en";
    c_.title.Declare(LocalizedText::Of("en", std::move(title)), file_ + ":/title");
  }

  // All Annex I elements present, with neutral values.
  CredentialBuilder& Complete() {
    Learner l;
    l.full_name = "Alex Example";
    l.date_of_birth = "2000-01-01";
    c_.learner.Declare(l, file_ + ":/learner");
    Country("IE");
    Organisation o;
    o.name = "Example University";
    o.country = "IE";
    c_.awarding_body.Declare(o, file_ + ":/awardingBody");
    c_.issued.Declare("2024-06-30", file_ + ":/issued");
    Assessment("written exam");
    Participation("presential");
    Quality("accreditation", "Quality and Qualifications Ireland");
    c_.prerequisites.Declare("none", file_ + ":/prerequisites");
    IdentityVerification("Supervised with ID verification");
    c_.grade.Declare("A", file_ + ":/grade");
    c_.stackability.Declare("stand-alone", file_ + ":/stackability");
    c_.further_information.Declare("https://example.org", file_ + ":/furtherInformation");
    LearningSetting("formal");
    return *this;
  }
  CredentialBuilder& Country(std::string country) {
    c_.country.Declare(std::move(country), file_ + ":/country");
    return *this;
  }
  CredentialBuilder& Eqf(int min, int max = 0, std::string cycle = "") {
    credmatch::Level l;
    l.eqf = EqfRange{min, max == 0 ? min : max};
    l.cycle = std::move(cycle);
    l.framework = "EQF";
    l.nqf_level = std::to_string(min);
    l.confidence = 1.0;
    c_.level.Derive(l, "level.test", "fixture");
    return *this;
  }
  CredentialBuilder& Level(credmatch::Level l) {
    c_.level.Declare(std::move(l), file_ + ":/level");
    return *this;
  }
  CredentialBuilder& Ects(double ects, double confidence = 1.0, double min = 0.0,
                          double max = 0.0) {
    Workload w;
    w.raw_value = ects;
    w.raw_unit = "ects";
    w.raw_text = std::to_string(static_cast<int>(ects)) + " ECTS";
    w.ects = credmatch::Ects{ects};
    w.ects_min = credmatch::Ects{min == 0.0 ? ects : min};
    w.ects_max = credmatch::Ects{max == 0.0 ? ects : max};
    w.confidence = confidence;
    c_.workload.Declare(w, file_ + ":/workload");
    return *this;
  }
  CredentialBuilder& Isced(std::string code, std::string name = "") {
    FieldOfStudy f;
    f.raw = code;
    f.isced_code = std::move(code);
    f.isced_name = std::move(name);
    c_.field.Declare(f, file_ + ":/field");
    return *this;
  }
  CredentialBuilder& Quality(std::string type, std::string body = "") {
    QualityAssurance q;
    q.type = std::move(type);
    q.body = std::move(body);
    c_.quality_assurance.Declare(q, file_ + ":/qualityAssurance");
    return *this;
  }
  CredentialBuilder& Assessment(std::string v) {
    c_.assessment.Declare(std::move(v), file_ + ":/assessment");
    return *this;
  }
  CredentialBuilder& Participation(std::string v) {
    c_.participation.Declare(std::move(v), file_ + ":/participation");
    return *this;
  }
  CredentialBuilder& IdentityVerification(std::string v) {
    c_.identity_verification.Declare(std::move(v), file_ + ":/identityVerification");
    return *this;
  }
  CredentialBuilder& LearningSetting(std::string v) {
    c_.learning_setting.Declare(std::move(v), file_ + ":/learningSetting");
    return *this;
  }
  CredentialBuilder& QualificationType(std::string v) {
    c_.qualification_type.Declare(std::move(v), file_ + ":/qualificationType");
    return *this;
  }
  // An outcome with declared skills (URIs; the label is the URI's last segment).
  CredentialBuilder& Outcome(std::string text, std::vector<std::string> skills,
                             std::optional<double> ects = std::nullopt) {
    LearningOutcome o;
    o.id = "lo" + std::to_string(c_.learning_outcomes.size() + 1);
    o.text = std::move(text);
    o.language = "en";
    for (std::string& uri : skills) {
      SkillRef s;
      s.label = uri.substr(uri.find_last_of("/:") + 1);
      s.uri = std::move(uri);
      s.declared = true;
      o.skills.push_back(std::move(s));
    }
    if (ects) o.workload = credmatch::Ects{*ects};
    o.provenance = Provenance::Declared(file_ + ":/learningOutcomes/" +
                                        std::to_string(c_.learning_outcomes.size()));
    c_.learning_outcomes.push_back(std::move(o));
    return *this;
  }
  // Words of the last outcome (LearningOutcome::terms), equal weights; the word is its own stem.
  CredentialBuilder& Words(std::vector<std::string> words) {
    LearningOutcome& o = c_.learning_outcomes.back();
    for (std::string& w : words) {
      const std::uint64_t key = OutcomeTermKey(w);
      o.terms.push_back({std::move(w), key, 0.0f});
    }
    for (OutcomeTerm& t : o.terms) t.weight = 1.0f / static_cast<float>(o.terms.size());
    return *this;
  }
  CredentialBuilder& Skill(SkillRef s) {
    c_.learning_outcomes.back().skills.push_back(std::move(s));
    return *this;
  }
  Credential Build() const { return c_; }
  Credential& get() { return c_; }

 private:
  std::string file_;
  Credential c_;
};

}  // namespace credmatch::testing
