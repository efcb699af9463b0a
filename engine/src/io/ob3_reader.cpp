// Open Badges 3.0 (1EdTech) OpenBadgeCredential / AchievementCredential, with the EU
// micro-credential extension fields of Edubadges (ECTS, SBU, EQF alignment, participationType,
// assessmentType, supervisionType, identityChecked). docs/formats.md, "Open Badges 3.0".
#include <algorithm>

#include "io/jsonld.hpp"

namespace credmatch::internal {

namespace {

// EU and EEA members (and Switzerland), whose issuers award ECTS in higher education
// (ECTS Users' Guide 2015, "ECTS in the EHEA").
constexpr std::string_view kEctsCountries[] = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH"};

bool IsEctsCountry(std::string_view country) {
  return std::find(std::begin(kEctsCountries), std::end(kEctsCountries), country.substr(0, 2)) !=
         std::end(kEctsCountries);
}

class OpenBadgesReader : public JsonLdReader {
 public:
  using JsonLdReader::JsonLdReader;

  StatusOr<Credential> Read() {
    Credential c;
    c.source = SourceName();
    c.format = "openbadges-3";
    const Node root{&doc_.root, ""};
    if (!root->is_object()) {
      FailType("", "an object (an OpenBadgeCredential)", *root);
      return status_;
    }
    const Node context = Get(root, "@context");
    if (!context) {
      Fail("/@context",
           "missing; an Open Badges 3.0 credential needs \"@context\" with "
           "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"");
      return status_;
    }
    for (const Node& item : List(context, "a context URI or object", true)) {
      if (item->is_string() &&
          item->get<std::string>().find("educredential") != std::string::npos) {
        edubadges_ = true;
      }
    }
    if (auto id = Str(Get(root, "id"))) c.id = *id;
    const Node subject =
        First(Get(root, "credentialSubject"), "an object (AchievementSubject)", false);
    if (!subject) {
      if (ok()) Fail("/credentialSubject", "missing; expected the AchievementSubject");
      return status_;
    }
    const Node achievement = Get(subject, "achievement");
    if (achievement && !achievement->is_object()) {
      FailType(achievement.pointer, "an object (Achievement)", *achievement);
      return status_;
    }
    if (achievement && HasType(*achievement, "EducredentialAchievement")) edubadges_ = true;
    // Language first: plain-string texts are in it.
    if (auto lang = Str(GetAny(achievement, {"inLanguage"}))) language_ = NormalizeLanguage(*lang);
    if (language_.empty()) language_ = NormalizeLanguage(options_.default_language);
    c.language = language_;

    const Node issued = GetAny(root, {"validFrom", "issuanceDate", "awardedDate"});
    if (auto s = Str(issued)) c.issued.Declare(*s, doc_.Provenance(issued.pointer));
    ReadIssuer(c, First(Get(root, "issuer"), "an object (Profile) or a URI", true));
    if (!c.awarding_body.present()) {
      ReadIssuer(c, First(Get(achievement, "creator"), "an object (Profile) or a URI", true));
    }
    ReadLearner(c, subject);
    if (!achievement) {
      if (std::optional<LocalizedText> name = LangMap(Get(root, "name"))) {
        c.title.Declare(Localize(*name), doc_.Provenance("/name"));
      }
      Note(c, Diagnostic::Severity::kWarning, subject.pointer,
           "no achievement: this credential (" +
               (Types(*root).empty() ? std::string("?") : Types(*root).back()) +
               ") certifies no learning");
    } else {
      ReadAchievement(c, achievement, subject);
    }
    ReadResults(c, subject, achievement);
    if (!ok()) return status_;
    FinishLanguages(c, options_.default_language);
    return c;
  }

 private:
  void ReadIssuer(Credential& c, const Node& profile) {
    if (!profile) return;
    Organisation org;
    if (profile->is_string()) {
      org.id = profile->get<std::string>();
    } else {
      if (auto id = Str(Get(profile, "id"))) org.id = *id;
      if (auto name = LangMap(Get(profile, "name"))) org.name = Pick(*name);
      if (auto url = Str(Get(profile, "url"))) org.url = *url;
      const Node address = First(Get(profile, "address"), "an object (Address)", false);
      const Node code = GetAny(address, {"addressCountryCode", "addressCountry"});
      if (auto s = Str(code)) {
        const std::string country = NormalizeCountry(*s);
        if (!country.empty() && LooksLikeCountryCode(country)) {
          org.country = country;
          c.country.Declare(country, doc_.Provenance(code.pointer));
          if (country == "XX" || country == "ZZ") {
            Note(c, Diagnostic::Severity::kWarning, code.pointer,
                 "\"" + country + "\" is not an assigned ISO 3166-1 country code");
          }
        }
      }
    }
    if (!org.name.empty() || !org.id.empty()) {
      c.awarding_body.Declare(org, doc_.Provenance(profile.pointer));
    }
  }

  void ReadLearner(Credential& c, const Node& subject) {
    Learner learner;
    if (auto name = LangMap(Get(subject, "name"))) learner.full_name = Pick(*name);
    for (const Node& id : List(Get(subject, "identifier"), "an object (IdentityObject)", false)) {
      const std::optional<std::string> type = Str(Get(id, "identityType"));
      const Node hashed = Get(id, "hashed");
      if (hashed && hashed->is_boolean() && hashed->get<bool>()) continue;
      if (type && (*type == "name" || *type == "ext:name") && learner.full_name.empty()) {
        if (auto s = Str(Get(id, "identityHash"))) learner.full_name = *s;
      } else if (type && (*type == "nationalIdentityNumber" || *type == "studentId" ||
                          *type == "ext:eckId")) {
        if (auto s = Str(Get(id, "identityHash"))) learner.national_id = *s;
      }
    }
    if (!learner.full_name.empty() || !learner.national_id.empty()) {
      c.learner.Declare(learner, doc_.Provenance(subject.pointer));
    }
  }

  void ReadAchievement(Credential& c, const Node& a, const Node& subject) {
    if (c.id.empty()) {
      if (auto id = Str(Get(a, "id"))) c.id = *id;
    }
    const Node name = Get(a, "name");
    if (std::optional<LocalizedText> t = LangMap(name)) {
      c.title.Declare(Localize(*t), doc_.Provenance(name.pointer));
    }
    const Node description = Get(a, "description");
    if (std::optional<LocalizedText> t = LangMap(description)) {
      c.description.Declare(Localize(*t), doc_.Provenance(description.pointer));
    }
    const Node type = Get(a, "achievementType");
    if (auto s = Str(type)) c.qualification_type.Declare(*s, doc_.Provenance(type.pointer));
    const Node field = Get(a, "fieldOfStudy");
    if (auto s = Str(field)) {
      FieldOfStudy f;
      f.raw = *s;
      c.field.Declare(f, doc_.Provenance(field.pointer));
    }
    for (const char* key : {"participationType"}) {
      const Node n = Get(a, key);
      if (auto s = Str(n)) c.participation.Declare(*s, doc_.Provenance(n.pointer));
    }
    const Node assessment = Get(a, "assessmentType");
    if (auto s = Str(assessment)) c.assessment.Declare(*s, doc_.Provenance(assessment.pointer));
    const Node supervision = Get(a, "supervisionType");
    const Node checked = Get(a, "identityChecked");
    if (auto s = Str(supervision)) {
      std::string text = *s;
      if (checked && checked->is_boolean()) {
        text += checked->get<bool>() ? " (identity checked)" : " (identity not checked)";
      }
      c.identity_verification.Declare(text, doc_.Provenance(supervision.pointer));
    } else if (checked && checked->is_boolean()) {
      c.identity_verification.Declare(
          checked->get<bool>() ? "identity checked" : "identity not checked",
          doc_.Provenance(checked.pointer));
    }
    ReadAlignments(c, Get(a, "alignment"));
    if (c.learning_outcomes.empty()) {
      const Node criteria = Get(Get(a, "criteria"), "narrative");
      if (std::optional<LocalizedText> t = LangMap(criteria)) {
        LearningOutcome outcome;
        outcome.text = Pick(*t);
        outcome.provenance = Provenance::Declared(doc_.Provenance(criteria.pointer));
        c.learning_outcomes.push_back(std::move(outcome));
        Note(c, Diagnostic::Severity::kInfo, criteria.pointer,
             "no competency alignments; the criteria narrative is read as the learning outcome");
      }
    }
    ReadWorkload(c, a, subject);
  }

  void ReadAlignments(Credential& c, const Node& value) {
    for (const Node& al : List(value, "an object (Alignment)", false)) {
      const std::string type = Str(Get(al, "targetType")).value_or("");
      const std::string url = Str(Get(al, "targetUrl")).value_or("");
      const std::string target_name = Str(Get(al, "targetName")).value_or("");
      const std::string code = Str(Get(al, "targetCode")).value_or("");
      const std::string framework = Str(Get(al, "targetFramework")).value_or("");
      const std::string description = Str(Get(al, "targetDescription")).value_or("");
      if (!ok()) return;
      const std::string lower_type = ToLower(type);
      const bool eqf = lower_type == "ext:eqflevel" || lower_type == "ext:eqf" ||
                       url.find("/snb/eqf/") != std::string::npos ||
                       ContainsIgnoreCase(framework, "european qualifications framework") ||
                       ToLower(framework) == "eqf" || StartsWith(ToLower(target_name), "eqf level");
      if (eqf) {
        int level = EqfFrom(code);
        if (level == 0) level = EqfFrom(url);
        if (level == 0) level = EqfFrom(target_name);
        if (level == 0) {
          Note(c, Diagnostic::Severity::kWarning, al.pointer, "EQF alignment without a level 1-8");
        } else {
          DeclareEqf(c, level, doc_.Provenance(al.pointer));
        }
        continue;
      }
      if (lower_type == "ext:nqflevel" || lower_type == "ext:nqf") {
        if (!c.level.present()) c.level.Declare(Level{}, doc_.Provenance(al.pointer));
        auto [label_framework, label_level] = SplitLevelLabel(target_name);
        c.level.value->framework = framework.empty() ? label_framework : framework;
        c.level.value->nqf_level = code.empty() ? label_level : code;
        continue;
      }
      if (lower_type == "ext:qualityassurance") {
        if (c.quality_assurance.present()) continue;
        QualityAssurance qa;
        qa.type = Trim(description.substr(0, description.find('\n')));
        if (qa.type.empty()) qa.type = "quality assurance";
        qa.body = framework;
        qa.id = code.empty() ? url : code;
        c.quality_assurance.Declare(qa, doc_.Provenance(al.pointer));
        continue;
      }
      const bool esco = url.find("data.europa.eu/esco/") != std::string::npos;
      const bool competency = esco || lower_type == "cfitem" || lower_type == "ceasn:competency" ||
                              lower_type == "ext:esco" || ContainsIgnoreCase(framework, "esco");
      if (!competency) {
        Note(c, Diagnostic::Severity::kInfo, al.pointer,
             "alignment to " + (type.empty() ? std::string("an unnamed target") : type) +
                 " not used");
        continue;
      }
      LearningOutcome outcome;
      outcome.text = target_name;
      if (!description.empty()) {
        outcome.text += (outcome.text.empty() ? "" : ": ") + description;
      }
      if (outcome.text.empty()) outcome.text = url;
      outcome.provenance = Provenance::Declared(doc_.Provenance(al.pointer));
      if (esco) {
        SkillRef skill;
        skill.uri = url;
        skill.label = target_name;
        skill.declared = true;
        skill.score = 1.0;
        outcome.skills.push_back(std::move(skill));
      }
      c.learning_outcomes.push_back(std::move(outcome));
    }
  }

  // Whether credits without a unit are ECTS: only when the context says so.
  std::string EctsHint(const Credential& c, const Node& a) {
    if (edubadges_) return "the Edubadges EU micro-credential extension";
    if (c.level.present() && c.level.value->declared_eqf) return "an EQF alignment";
    for (const char* key : {"name", "description"}) {
      if (auto t = LangMap(Get(a, key))) {
        for (const auto& [lang, text] : t->by_language) {
          if (text.find("ECTS") != std::string::npos)
            return "\"ECTS\" in the achievement " + std::string(key);
        }
      }
    }
    if (c.country.present() && IsEctsCountry(*c.country.value)) {
      return "an issuer in " + *c.country.value + " (EHEA)";
    }
    return "";
  }

  void ReadWorkload(Credential& c, const Node& a, const Node& subject) {
    struct Source {
      const char* key;
      const char* unit;
      const char* text_unit;
    };
    // Edubadges extension fields name their unit.
    for (const Source& s : {Source{"ECTS", "ects", "ECTS"}, Source{"SBU", "hours", "SBU"},
                            Source{"timeInvestment", "hours", "hours"}}) {
      const Node n = Get(a, s.key);
      if (!n) continue;
      if (!n->is_number() || n->get<double>() < 0) {
        FailType(n.pointer, "a non-negative number", *n);
        return;
      }
      Workload w;
      w.raw_value = n->get<double>();
      w.raw_unit = s.unit;
      w.raw_text = n->dump() + " " + s.text_unit;
      c.workload.Declare(w, doc_.Provenance(n.pointer));
      return;
    }
    Node credits = Get(a, "creditsAvailable");
    if (!credits) credits = Get(subject, "creditsEarned");
    if (!credits) return;
    if (!credits->is_number() || credits->get<double>() < 0) {
      FailType(credits.pointer, "a non-negative number", *credits);
      return;
    }
    Workload w;
    w.raw_value = credits->get<double>();
    w.raw_text = credits->dump() + " credits";
    const std::string hint = EctsHint(c, a);
    if (!hint.empty()) {
      w.raw_unit = "ects";
      Note(c, Diagnostic::Severity::kInfo, credits.pointer,
           "credits read as ECTS because of " + hint);
    } else {
      w.raw_unit = "unknown-credits";
      Note(c, Diagnostic::Severity::kWarning, credits.pointer,
           "credits without a credit system (Open Badges names none); not assumed to be ECTS");
    }
    c.workload.Declare(w, doc_.Provenance(credits.pointer));
  }

  void ReadResults(Credential& c, const Node& subject, const Node& achievement) {
    for (const Node& result : List(Get(subject, "result"), "an object (Result)", false)) {
      std::optional<std::string> value = Str(GetAny(result, {"value", "achievedLevel"}));
      if (!value) continue;
      std::string text = *value;
      if (auto ref = Str(Get(result, "resultDescription"))) {
        for (const Node& rd :
             List(Get(achievement, "resultDescription"), "an object (ResultDescription)", false)) {
          if (Str(Get(rd, "id")) != ref) continue;
          const std::string name = Str(Get(rd, "name")).value_or("");
          const std::string min = Str(Get(rd, "valueMin")).value_or("");
          const std::string max = Str(Get(rd, "valueMax")).value_or("");
          if (!name.empty() || !min.empty()) {
            text += " (" + name;
            if (!min.empty() && !max.empty()) {
              text += (name.empty() ? "" : ", ") + std::string("scale ") + min + "-" + max;
            }
            text += ")";
          }
        }
      }
      c.grade.Declare(text, doc_.Provenance(result.pointer));
      return;
    }
  }

  bool edubadges_ = false;
};

}  // namespace

StatusOr<Credential> ReadOpenBadges(const Document& doc, const ReadOptions& options) {
  OpenBadgesReader reader(doc, options);
  return reader.Read();
}

}  // namespace credmatch::internal
