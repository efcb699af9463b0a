// European Learning Model v3 / Europass EDC JSON-LD (docs/formats.md, "ELM v3"). Paths follow
// the EDC application profile (rdf/ap/edc/edc-ap-context.jsonld of the ELM repository) and the
// Annex I micro-credential sample Sample-MC-Annex1-unsigned.jsonld.
#include <algorithm>

#include "io/jsonld.hpp"

namespace credmatch::internal {

namespace {

constexpr int kMaxDepth = 8;
// Credit framework concept of ECTS in the EU "education-credit" vocabulary.
constexpr std::string_view kEctsFramework = "http://data.europa.eu/snb/education-credit/6fcec5c5af";

class ElmReader : public JsonLdReader {
 public:
  using JsonLdReader::JsonLdReader;

  StatusOr<Credential> Read() {
    Credential c;
    c.source = SourceName();
    c.format = "elm-v3";
    const Node root{&doc_.root, ""};
    if (!root->is_object()) {
      FailType("", "an object (an ELM credential)", *root);
      return status_;
    }
    if (!Get(root, "@context")) {
      Fail("/@context",
           "missing; an ELM v3 credential needs \"@context\" with "
           "\"http://data.europa.eu/snb/model/context/edc-ap\"");
      return status_;
    }
    if (auto id = Str(Get(root, "id"))) c.id = *id;
    const Node subject = First(Get(root, "credentialSubject"), "an object (Person)", false);
    if (!subject) {
      if (ok()) Fail("/credentialSubject", "missing; expected the learner (Person) and hasClaim");
      return status_;
    }
    std::vector<Node> claims =
        List(Get(subject, "hasClaim"), "an object (LearningAchievement)", false);
    if (!ok()) return status_;
    if (claims.empty()) {
      Fail(Child(subject.pointer, "hasClaim"),
           "missing; expected a claim (LearningAchievement, LearningActivity ...)");
      return status_;
    }
    std::size_t main = 0;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (HasType(*claims[i], "LearningAchievement")) {
        main = i;
        break;
      }
    }
    ChooseLanguage(root, claims[main]);
    c.language = language_;
    // The credential's own issuance date first; the claim's awarding date is the fallback.
    const Node issued = GetAny(root, {"issued", "issuanceDate", "validFrom", "dateIssued"});
    if (auto s = Str(issued)) c.issued.Declare(*s, doc_.Provenance(issued.pointer));
    ReadLearner(c, subject);
    ReadClaim(c, claims[main], 0);
    for (std::size_t i = 0; i < claims.size() && ok(); ++i) {
      if (i == main) continue;
      Credential part;
      part.source = c.source;
      part.format = c.format;
      part.language = language_;
      ReadClaim(part, claims[i], 1);
      Note(c, Diagnostic::Severity::kInfo, claims[i].pointer,
           "further claim (" + (Types(*claims[i]).empty() ? "?" : Types(*claims[i]).back()) +
               ") kept as a part");
      c.parts.push_back(std::move(part));
    }
    // The issuer, where the claim names no awarding body.
    if (!c.awarding_body.present() || !c.country.present()) {
      ReadOrganisation(c, First(Get(root, "issuer"), "an object (Organisation)", true));
    }
    if (!ok()) return status_;
    FinishLanguages(c, options_.default_language);
    return c;
  }

 private:
  void ChooseLanguage(const Node& root, const Node& claim) {
    const Node spec = First(Get(claim, "specifiedBy"), "an object", false);
    std::vector<Concept> languages = Concepts(Get(spec, "language"));
    if (languages.empty()) {
      const Node display = First(Get(root, "displayParameter"), "an object", false);
      languages = Concepts(Get(display, "primaryLanguage"));
    }
    for (const Concept& l : languages) {
      language_ = NormalizeLanguage(l.id);
      if (!language_.empty()) return;
    }
    for (const Node& title : {Get(claim, "title"), Get(spec, "title")}) {
      if (std::optional<LocalizedText> t = LangMap(title)) {
        for (const auto& [lang, text] : t->by_language) {
          if (!lang.empty()) {
            language_ = lang;
            return;
          }
        }
      }
    }
    language_ = NormalizeLanguage(options_.default_language);
  }

  void ReadLearner(Credential& c, const Node& subject) {
    Learner learner;
    if (auto t = LangMap(Get(subject, "fullName"))) learner.full_name = Pick(*t);
    if (auto t = LangMap(Get(subject, "givenName"))) learner.given_name = Pick(*t);
    if (auto t = LangMap(Get(subject, "familyName"))) learner.family_name = Pick(*t);
    if (const Node id = First(Get(subject, "nationalID"), "an object (LegalIdentifier)", true)) {
      if (id->is_string()) {
        learner.national_id = id->get<std::string>();
      } else if (auto n = Str(GetAny(id, {"notation", "id"}))) {
        learner.national_id = *n;
      }
    }
    if (auto d = Str(Get(subject, "dateOfBirth"))) learner.date_of_birth = d->substr(0, 10);
    if (!learner.full_name.empty() || !learner.given_name.empty() || !learner.family_name.empty() ||
        !learner.national_id.empty()) {
      c.learner.Declare(learner, doc_.Provenance(subject.pointer));
    }
  }

  void ReadOrganisation(Credential& c, const Node& body) {
    if (!body) return;
    Organisation org;
    if (body->is_string()) {
      org.id = body->get<std::string>();
    } else {
      if (auto id = Str(Get(body, "id"))) org.id = *id;
      for (const char* key : {"legalName", "prefLabel", "altLabel"}) {
        if (auto t = LangMap(Get(body, key))) {
          org.name = Pick(*t);
          break;
        }
      }
      if (const Node home = First(Get(body, "homepage"), "an object (WebResource)", true)) {
        if (home->is_string()) {
          org.url = home->get<std::string>();
        } else if (auto url = Str(Get(home, "contentURL"))) {
          org.url = *url;
        }
      }
      for (const Node& location : List(Get(body, "location"), "an object (Location)", false)) {
        for (const Node& address : List(Get(location, "address"), "an object (Address)", false)) {
          if (std::optional<Concept> code = ReadConcept(Get(address, "countryCode"))) {
            org.country = NormalizeCountry(code->id);
            if (!org.country.empty() && !c.country.present()) {
              c.country.Declare(org.country, doc_.Provenance(code->pointer));
            }
          }
          if (!org.country.empty()) break;
        }
        if (!org.country.empty()) break;
      }
    }
    if (!c.awarding_body.present() && (!org.name.empty() || !org.id.empty())) {
      c.awarding_body.Declare(org, doc_.Provenance(body.pointer));
    }
  }

  void ReadClaim(Credential& c, const Node& claim, int depth) {
    if (!ok()) return;
    if (depth > kMaxDepth) {
      Fail(claim.pointer, "hasPart nested deeper than " + std::to_string(kMaxDepth) + " levels");
      return;
    }
    if (auto id = Str(Get(claim, "id")); id && c.id.empty()) c.id = *id;
    const Node spec = First(Get(claim, "specifiedBy"), "an object (specification)", false);
    for (const Node& title : {Get(claim, "title"), Get(spec, "title")}) {
      if (std::optional<LocalizedText> t = LangMap(title)) {
        c.title.Declare(Localize(*t), doc_.Provenance(title.pointer));
        break;
      }
    }
    for (const Node& description : {Get(claim, "description"), Get(spec, "description")}) {
      if (std::optional<LocalizedText> t = LangMap(description)) {
        c.description.Declare(Localize(*t), doc_.Provenance(description.pointer));
        break;
      }
    }
    const Node awarded = First(Get(claim, "awardedBy"), "an object (AwardingProcess)", false);
    ReadOrganisation(c, First(Get(awarded, "awardingBody"), "an object (Organisation)", true));
    for (const Node& date : {Get(claim, "dateIssued"), Get(awarded, "awardingDate")}) {
      if (c.issued.present()) break;
      if (auto s = Str(date)) c.issued.Declare(*s, doc_.Provenance(date.pointer));
    }
    // A LearningActivity carries its actual workload itself; the specification's
    // volumeOfLearning is then kept as raw_duration.
    if (const Node workload = Get(claim, "workload")) ReadDuration(c, workload);
    if (spec) ReadSpecification(c, spec);
    ReadAssessment(c, First(Get(claim, "provenBy"), "an object (LearningAssessment)", false));
    if (!c.participation.present()) {
      const Node activity =
          First(Get(claim, "influencedBy"), "an object (LearningActivity)", false);
      const Node activity_spec = First(Get(activity, "specifiedBy"), "an object", false);
      ReadMode(c, Get(activity_spec, "mode"));
    }
    ReadAccreditation(c, Get(claim, "accreditation"));
    for (const Node& part : List(Get(claim, "hasPart"), "an object (claim)", false)) {
      if (!ok()) return;
      Credential p;
      p.source = c.source;
      p.format = c.format;
      p.language = language_;
      ReadClaim(p, part, depth + 1);
      FinishLanguages(p, language_);
      c.parts.push_back(std::move(p));
    }
  }

  void ReadSpecification(Credential& c, const Node& spec) {
    ReadOutcomes(c, Get(spec, "learningOutcome"));
    for (const Concept& eqf : Concepts(Get(spec, "eqfLevel"))) {
      int level = EqfFrom(eqf.id);
      if (level == 0) level = EqfFrom(Pick(eqf.label));
      if (level == 0) {
        Note(c, Diagnostic::Severity::kWarning, eqf.pointer,
             "eqfLevel \"" + eqf.id + "\" names no EQF level 1-8; ignored");
        continue;
      }
      DeclareEqf(c, level, doc_.Provenance(eqf.pointer));
    }
    for (const Concept& nqf : Concepts(Get(spec, "nqfLevel"))) {
      if (!c.level.present()) c.level.Declare(Level{}, doc_.Provenance(nqf.pointer));
      Level& level = *c.level.value;
      if (!level.nqf_level.empty()) {
        Note(c, Diagnostic::Severity::kInfo, nqf.pointer, "further nqfLevel ignored");
        continue;
      }
      const std::string label = nqf.label.empty() ? "" : Pick(nqf.label);
      if (label.empty()) {
        level.nqf_level = nqf.id;  // a QDR concept URI without a label
        Note(c, Diagnostic::Severity::kInfo, nqf.pointer,
             "nqfLevel given only as a concept URI; no framework label");
      } else {
        auto [framework, nqf_level] = SplitLevelLabel(label);
        level.framework = framework;
        level.nqf_level = nqf_level.empty() ? label : nqf_level;
        if (ContainsIgnoreCase(framework, "eqf") && !nqf_level.empty()) {
          if (int eqf = EqfFrom(nqf_level)) DeclareEqf(c, eqf, doc_.Provenance(nqf.pointer));
        }
      }
    }
    ReadCredits(c, Get(spec, "creditPoint"));
    if (const Node volume = Get(spec, "volumeOfLearning")) ReadDuration(c, volume);
    ReadField(c, Get(spec, "thematicArea"));
    if (!c.field.present()) ReadField(c, Get(spec, "educationSubject"));
    ReadMode(c, Get(spec, "mode"));
    if (std::optional<Concept> setting =
            ReadConcept(First(Get(spec, "learningSetting"), "a concept", true))) {
      c.learning_setting.Declare(ConceptLabel(*setting), doc_.Provenance(setting->pointer));
    }
    if (const Node note = First(Get(spec, "entryRequirement"), "an object (Note)", false)) {
      if (auto t = LangMap(Get(note, "noteLiteral"))) {
        c.prerequisites.Declare(Pick(*t), doc_.Provenance(note.pointer));
      }
    }
    if (const Node partial = Get(spec, "isPartialQualification")) {
      bool value = false;
      if (partial->is_boolean()) {
        value = partial->get<bool>();
      } else if (partial->is_string()) {
        value = ToLower(partial->get<std::string>()) == "true";
      } else {
        FailType(partial.pointer, "true or false", *partial);
        return;
      }
      c.stackability.Declare(value ? "integrated, part of a larger qualification "
                                     "(isPartialQualification: true)"
                                   : "stand-alone (isPartialQualification: false)",
                             doc_.Provenance(partial.pointer));
    }
    if (std::optional<Concept> type = ReadConcept(First(Get(spec, "dcType"), "a concept", true))) {
      c.qualification_type.Declare(ConceptLabel(*type), doc_.Provenance(type->pointer));
    }
    ReadAccreditation(c, Get(spec, "accreditation"));
    if (const Node home = First(Get(spec, "homepage"), "an object (WebResource)", true)) {
      const Node url = home->is_string() ? home : Get(home, "contentURL");
      if (auto s = Str(url)) c.further_information.Declare(*s, doc_.Provenance(url.pointer));
    }
    if (!c.further_information.present()) {
      if (const Node note = First(Get(spec, "additionalNote"), "an object (Note)", false)) {
        if (auto t = LangMap(Get(note, "noteLiteral"))) {
          c.further_information.Declare(Pick(*t), doc_.Provenance(note.pointer));
        }
      }
    }
  }

  void ReadOutcomes(Credential& c, const Node& value) {
    for (const Node& item : List(value, "an object (LearningOutcome)", false)) {
      LearningOutcome outcome;
      outcome.provenance = Provenance::Declared(doc_.Provenance(item.pointer));
      if (auto id = Str(Get(item, "id"))) outcome.id = *id;
      for (const char* key : {"title", "description", "definition", "prefLabel"}) {
        if (std::optional<LocalizedText> t = LangMap(Get(item, key))) {
          outcome.text = Pick(*t);
          for (const auto& [lang, text] : t->by_language) {
            if (text == outcome.text) outcome.language = lang;
          }
          break;
        }
      }
      if (!ok()) return;
      if (outcome.text.empty()) {
        Fail(item.pointer, "expected \"title\" (a language map) in the learning outcome");
        return;
      }
      for (const Concept& skill : Concepts(Get(item, "relatedESCOSkill"))) {
        SkillRef ref;
        ref.uri = skill.id;
        ref.label = skill.label.empty() ? "" : Pick(skill.label);
        ref.declared = true;
        ref.score = 1.0;
        outcome.skills.push_back(std::move(ref));
      }
      c.learning_outcomes.push_back(std::move(outcome));
    }
  }

  void ReadCredits(Credential& c, const Node& value) {
    std::vector<Node> points = List(value, "an object (CreditPoint)", false);
    if (points.empty() || !ok()) return;
    // Prefer ECTS when several credit points are given.
    std::size_t chosen = 0;
    std::vector<std::string> units(points.size());
    std::vector<std::string> labels(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
      std::optional<Concept> framework = ReadConcept(Get(points[i], "framework"));
      if (!framework) continue;
      labels[i] = framework->label.empty() ? framework->id : Pick(framework->label);
      const std::string label = ToLower(labels[i]);
      if (framework->id == kEctsFramework || label.find("ects") != std::string::npos ||
          label.find("european credit transfer") != std::string::npos) {
        units[i] = "ects";
      } else if (label.find("ecvet") != std::string::npos) {
        units[i] = "ecvet";
      } else if (std::string alias = CreditUnitAlias(labels[i]); !alias.empty()) {
        units[i] = alias;
      } else {
        units[i] = framework->id.empty() ? "unknown-credits" : framework->id;
      }
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
      if (units[i] == "ects") {
        chosen = i;
        break;
      }
    }
    const Node point = Get(points[chosen], "point");
    std::optional<std::string> text = Str(point);
    if (!ok()) return;
    if (!text) {
      Fail(points[chosen].pointer, "expected \"point\" (the number of credits)");
      return;
    }
    std::string number = *text;
    std::replace(number.begin(), number.end(), ',', '.');
    Workload w;
    w.raw_value = ParseNumber(number);
    if (!w.raw_value) {
      Fail(point.pointer, "expected a number of credits, got \"" + *text + "\"");
      return;
    }
    w.raw_unit = units[chosen].empty() ? "unknown-credits" : units[chosen];
    w.raw_text = *text + (labels[chosen].empty() ? "" : " " + labels[chosen]);
    if (c.workload.present() && !c.workload.value->raw_text.empty() &&
        c.workload.value->raw_unit == "duration") {
      w.raw_duration = c.workload.value->raw_text;
    }
    c.workload.Declare(w, doc_.Provenance(points[chosen].pointer));
    if (units[chosen] == "unknown-credits" || labels[chosen].empty()) {
      Note(c, Diagnostic::Severity::kWarning, points[chosen].pointer,
           "credit points without a credit framework; unit unknown");
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
      if (i == chosen) continue;
      Note(c, Diagnostic::Severity::kInfo, points[i].pointer,
           "further credit points (" + labels[i] + ") not used");
    }
  }

  void ReadDuration(Credential& c, const Node& value) {
    std::optional<std::string> text = Str(value);
    if (!text) return;
    if (!IsIsoDuration(*text)) {
      Note(c, Diagnostic::Severity::kWarning, value.pointer,
           "\"" + *text + "\" is not an ISO-8601 duration; ignored");
      return;
    }
    if (c.workload.present()) {
      if (c.workload.value->raw_duration.empty()) c.workload.value->raw_duration = *text;
      return;
    }
    Workload w;
    w.raw_unit = "duration";
    w.raw_text = *text;
    c.workload.Declare(w, doc_.Provenance(value.pointer));
  }

  void ReadField(Credential& c, const Node& value) {
    std::vector<Concept> areas = Concepts(value);
    if (areas.empty()) return;
    FieldOfStudy field;
    const Concept& area = areas.front();
    field.raw =
        area.id.find("/isced-f/") != std::string::npos ? UriTail(area.id) : ConceptLabel(area);
    if (!area.label.empty()) field.isced_name = area.label.Get("en");
    c.field.Declare(field, doc_.Provenance(area.pointer));
    for (std::size_t i = 1; i < areas.size(); ++i) {
      Note(c, Diagnostic::Severity::kInfo, areas[i].pointer,
           "further field " + UriTail(areas[i].id) + " not used");
    }
  }

  void ReadMode(Credential& c, const Node& value) {
    if (c.participation.present() || !value) return;
    std::string modes;
    for (const Concept& mode : Concepts(value)) {
      modes += (modes.empty() ? "" : ", ") + ConceptLabel(mode);
    }
    if (!modes.empty()) c.participation.Declare(modes, doc_.Provenance(value.pointer));
  }

  void ReadAssessment(Credential& c, const Node& assessment) {
    if (!assessment) return;
    const Node spec = First(Get(assessment, "specifiedBy"), "an object", false);
    for (const Node& type : {Get(spec, "dcType"), Get(assessment, "dcType")}) {
      std::vector<Concept> types = Concepts(type);
      if (!types.empty()) {
        c.assessment.Declare(ConceptLabel(types.front()), doc_.Provenance(types.front().pointer));
        break;
      }
    }
    if (!c.assessment.present()) {
      for (const Node& title : {Get(spec, "title"), Get(assessment, "title")}) {
        if (std::optional<LocalizedText> t = LangMap(title)) {
          c.assessment.Declare(Pick(*t), doc_.Provenance(title.pointer));
          break;
        }
      }
    }
    if (const Node grade = First(Get(assessment, "grade"), "an object (Note)", true)) {
      const Node literal = grade->is_string() ? grade : Get(grade, "noteLiteral");
      if (auto t = LangMap(literal)) c.grade.Declare(Pick(*t), doc_.Provenance(grade.pointer));
    }
    if (std::optional<Concept> id =
            ReadConcept(First(Get(assessment, "idVerification"), "a concept", true))) {
      c.identity_verification.Declare(ConceptLabel(*id), doc_.Provenance(id->pointer));
    }
  }

  void ReadAccreditation(Credential& c, const Node& value) {
    if (c.quality_assurance.present()) return;
    const Node accreditation = First(value, "an object (Accreditation)", true);
    if (!accreditation) return;
    QualityAssurance qa;
    qa.type = "accreditation";
    if (accreditation->is_string()) {
      qa.id = accreditation->get<std::string>();
    } else {
      if (auto id = Str(Get(accreditation, "id"))) qa.id = *id;
      if (std::optional<Concept> type =
              ReadConcept(First(Get(accreditation, "dcType"), "a concept", true))) {
        qa.type = ConceptLabel(*type);
      }
      const Node agent = First(Get(accreditation, "accreditingAgent"), "an object", true);
      if (agent && agent->is_object()) {
        if (auto t = LangMap(Get(agent, "legalName"))) qa.body = Pick(*t);
      }
    }
    c.quality_assurance.Declare(qa, doc_.Provenance(accreditation.pointer));
  }
};

}  // namespace

StatusOr<Credential> ReadElm(const Document& doc, const ReadOptions& options) {
  ElmReader reader(doc, options);
  return reader.Read();
}

}  // namespace credmatch::internal
