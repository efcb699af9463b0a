// Credential Engine CTDL JSON-LD: a credential or learning-opportunity node, an @graph of nodes,
// or a verifiable credential wrapping a CTDL node (docs/formats.md, "CTDL"). Property names from
// the CTDL schema (credreg.net/ctdl/terms) and the CTDL JSON validation schemas.
#include <algorithm>
#include <map>
#include <set>

#include "io/jsonld.hpp"

namespace credmatch::internal {

namespace {

constexpr int kMaxDepth = 8;

std::string ClassName(const std::string& type) {
  const auto pos = type.find_last_of(":/#");
  return pos == std::string::npos ? type : type.substr(pos + 1);
}

bool IsCredentialClass(const std::string& name) {
  if (name == "CredentialOrganization" || name == "QACredentialOrganization" ||
      name == "CredentialAlignmentObject" || name == "CredentialType") {
    return false;
  }
  for (std::string_view suffix : {"Degree", "Diploma", "Certificate", "Certification", "Badge",
                                  "License", "Doctorate", "Credential"}) {
    if (EndsWith(name, suffix)) return true;
  }
  return name == "GeneralEducationDevelopment";
}

bool IsLearningOpportunityClass(const std::string& name) {
  return name == "Course" || name == "LearningProgram" || name == "LearningOpportunityProfile" ||
         name == "LearningOpportunity" || name == "AssessmentProfile";
}

// CTDL creditUnit concepts (credreg.net/ctdl/terms/CreditUnit) -> credit-system ids.
std::string CreditUnitId(const std::string& term) {
  const std::string name = ToLower(ClassName(term));
  if (name == "semesterhour") return "us-semester-hour";
  if (name == "quarterhour") return "us-quarter-hour";
  if (name == "clockhour" || name == "contacthour") return "hours";
  if (name == "ects" || name == "europeancredittransfersystem") return "ects";
  return CreditUnitAlias(term);
}

class CtdlReader : public JsonLdReader {
 public:
  using JsonLdReader::JsonLdReader;

  StatusOr<Credential> Read() {
    const Node root{&doc_.root, ""};
    Node graph;
    Node main;
    Node wrapper;
    if (root->is_array()) {
      graph = root;
    } else if (!root->is_object()) {
      FailType("", "an object (a CTDL credential) or an array of nodes", *root);
      return status_;
    } else if (const Node g = Get(root, "@graph")) {
      if (!g->is_array()) {
        FailType(g.pointer, "an array of nodes", *g);
        return status_;
      }
      graph = g;
    } else if (const Node achievement =
                   Get(First(Get(root, "credentialSubject"), "an object", false), "achievement")) {
      wrapper = root;
      if (achievement->is_array()) {
        graph = achievement;  // several achievements: read them as a graph
      } else if (achievement->is_object()) {
        main = achievement;
      } else {
        FailType(achievement.pointer, "an object (a CTDL credential) or an array of them",
                 *achievement);
        return status_;
      }
    } else {
      main = root;
    }
    // Without "@context" the CTDL prefixes still say what the terms are: Credential Engine's own
    // examples of transfer value profiles and frameworks leave the context out. A document
    // without either is refused.
    const bool no_context = !Get(root, "@context") && !root->is_array();
    if (no_context && !UsesCtdlPrefixes(*root)) {
      Fail("/@context",
           "missing; a CTDL document needs \"@context\" "
           "(\"https://credreg.net/ctdl/schema/context/json\") or ceterms: terms");
      return status_;
    }
    if (graph) {
      for (std::size_t i = 0; i < graph->size(); ++i) {
        const Json& node = (*graph)[i];
        if (!node.is_object()) {
          FailType(Child(graph.pointer, i), "an object (a node)", node);
          return status_;
        }
        const Node n{&node, Child(graph.pointer, i)};
        if (auto id = Str(GetAny(n, {"@id", "id"}))) index_[*id] = n;
      }
      main = ChooseMain(graph);
    }
    Credential c;
    if (main) {
      c = ReadNode(main, 0);
    } else if (!ReadCompetencyCredential(c, graph)) {
      if (ok()) {
        Fail(graph.pointer,
             "no credential, course, learning programme or competency among the "
             "nodes");
      }
      return status_;
    }
    if (!ok()) return status_;
    if (graph) AddOtherRoots(c, graph, main);
    if (wrapper) {
      const Node issued = GetAny(wrapper, {"issuanceDate", "validFrom", "issued"});
      if (auto s = Str(issued)) c.issued.Declare(*s, doc_.Provenance(issued.pointer));
      if (!c.awarding_body.present()) {
        ReadOrganisation(c, First(Get(wrapper, "issuer"), "an object or a URI", true));
      }
      if (auto id = Str(Get(wrapper, "id"))) c.id = *id;
    }
    if (!ok()) return status_;
    if (no_context) {
      Note(c, Diagnostic::Severity::kWarning, "/@context",
           "missing; read as CTDL by its ceterms: terms (the context "
           "https://credreg.net/ctdl/schema/context/json)");
    }
    FinishLanguages(c, options_.default_language);
    return c;
  }

 private:
  // Whether the node, or a node of its @graph, has CTDL-prefixed keys or types.
  static bool UsesCtdlPrefixes(const Json& node) {
    if (HasCtdlKeys(node)) return true;
    if (node.is_object() && node.contains("@graph") && node["@graph"].is_array()) {
      for (const Json& n : node["@graph"])
        if (HasCtdlKeys(n)) return true;
    }
    return false;
  }

  std::string ClassOf(const Node& node) const {
    for (const std::string& t : Types(*node)) {
      const std::string name = ClassName(t);
      if (IsCredentialClass(name) || IsLearningOpportunityClass(name)) return name;
    }
    return "";
  }

  // References (URI strings, {"@id"} objects or embedded nodes) resolved through the graph.
  std::vector<Node> Refs(const Node& value) {
    std::vector<Node> out;
    for (const Node& item : List(value, "a reference (URI or object)", true)) {
      std::string id;
      if (item->is_string()) {
        id = item->get<std::string>();
      } else if (item->size() == 1 && item->contains("@id")) {
        id = Str(Get(item, "@id")).value_or("");
      } else {
        out.push_back(item);
        continue;
      }
      if (auto it = index_.find(id); it != index_.end()) out.push_back(it->second);
    }
    return out;
  }

  std::vector<Node> Children(const Node& node) {
    std::vector<Node> out;
    for (const Node& part : Refs(Get(node, "ceterms:hasPart"))) {
      if (!ClassOf(part).empty()) out.push_back(part);
    }
    // A credential "requires" a learning programme given by reference.
    for (const Node& req : Refs(Get(node, "ceterms:requires"))) {
      if (IsLearningOpportunityClass(ClassOf(req))) {
        out.push_back(req);
      } else if (HasType(*req, "ConditionProfile")) {
        for (const Node& target : Refs(Get(req, "ceterms:targetLearningOpportunity"))) {
          if (!ClassOf(target).empty()) out.push_back(target);
        }
      }
    }
    return out;
  }

  Node ChooseMain(const Node& graph) {
    std::vector<Node> candidates;
    for (std::size_t i = 0; i < graph->size(); ++i) {
      const Node n{&(*graph)[i], Child(graph.pointer, i)};
      if (!ClassOf(n).empty()) candidates.push_back(n);
    }
    if (candidates.empty()) return {};
    // Parent links: hasPart / requires, and isPartOf / isPreparationFor / isRequiredFor.
    for (const Node& n : candidates) {
      for (const Node& child : Children(n)) {
        parent_of_[child.pointer] = n.pointer;
      }
      for (const char* key :
           {"ceterms:isPartOf", "ceterms:isPreparationFor", "ceterms:isRequiredFor"}) {
        for (const Node& parent : Refs(Get(n, key))) {
          if (!ClassOf(parent).empty() && parent.pointer != n.pointer &&
              !parent_of_.count(n.pointer)) {
            parent_of_[n.pointer] = parent.pointer;
            extra_children_[parent.pointer].push_back(n);
          }
        }
      }
    }
    Node first_root;
    for (const Node& n : candidates) {
      if (parent_of_.count(n.pointer)) continue;
      if (!first_root) first_root = n;
      if (IsCredentialClass(ClassOf(n))) return n;
    }
    return first_root ? first_root : candidates.front();
  }

  void AddOtherRoots(Credential& c, const Node& graph, const Node& main) {
    for (std::size_t i = 0; i < graph->size() && ok(); ++i) {
      const Node n{&(*graph)[i], Child(graph.pointer, i)};
      if (ClassOf(n).empty() || n.pointer == main.pointer || parent_of_.count(n.pointer) ||
          visited_.count(n.pointer)) {
        continue;
      }
      Note(c, Diagnostic::Severity::kInfo, n.pointer,
           "further " + ClassOf(n) + " in the graph kept as a part");
      c.parts.push_back(ReadNode(n, 1));
    }
  }

  // A credential that certifies competencies only (an achievement list of ceasn:Competency).
  bool ReadCompetencyCredential(Credential& c, const Node& graph) {
    c.source = SourceName();
    c.format = "ctdl";
    language_ = NormalizeLanguage(options_.default_language);
    for (std::size_t i = 0; i < graph->size() && ok(); ++i) {
      const Node n{&(*graph)[i], Child(graph.pointer, i)};
      if (!HasType(*n, "Competency")) continue;
      if (!c.title.present()) {
        const Node label = GetAny(n, {"ceasn:competencyLabel", "ceasn:competencyText"});
        if (auto t = LangMap(label)) c.title.Declare(Localize(*t), doc_.Provenance(label.pointer));
        c.qualification_type.Declare("Competency", doc_.Provenance(Child(n.pointer, "type")));
      }
      ReadCompetency(c, n);
    }
    return ok() && !c.learning_outcomes.empty();
  }

  Credential ReadNode(const Node& node, int depth) {
    Credential c;
    c.source = SourceName();
    c.format = "ctdl";
    visited_.insert(node.pointer);
    if (depth > kMaxDepth) {
      Fail(node.pointer, "parts nested deeper than " + std::to_string(kMaxDepth) + " levels");
      return c;
    }
    if (auto id = Str(GetAny(node, {"ceterms:ctid", "@id", "id"}))) c.id = *id;
    const std::string cls = ClassOf(node);
    if (!cls.empty())
      c.qualification_type.Declare(cls, doc_.Provenance(Child(node.pointer, "@type")));
    for (const Node& lang : List(Get(node, "ceterms:inLanguage"), "a language code", true)) {
      if (lang->is_string()) {
        c.language = NormalizeLanguage(lang->get<std::string>());
        if (!c.language.empty()) break;
      }
    }
    const Node name = Get(node, "ceterms:name");
    if (std::optional<LocalizedText> t = LangMap(name)) {
      if (c.language.empty()) {
        for (const auto& [lang, text] : t->by_language) {
          if (!lang.empty()) {
            c.language = lang;
            break;
          }
        }
      }
      c.title.Declare(*t, doc_.Provenance(name.pointer));
    }
    language_ = c.language.empty() ? NormalizeLanguage(options_.default_language) : c.language;
    if (c.title.present()) c.title.value = Localize(*c.title.value);
    const Node description = Get(node, "ceterms:description");
    if (std::optional<LocalizedText> t = LangMap(description)) {
      c.description.Declare(Localize(*t), doc_.Provenance(description.pointer));
    }
    for (const char* key : {"ceterms:ownedBy", "ceterms:offeredBy"}) {
      std::vector<Node> orgs = Refs(Get(node, key));
      if (!orgs.empty()) {
        ReadOrganisation(c, orgs.front());
        break;
      }
      // An unresolvable reference still identifies the organisation.
      if (const Node ref = First(Get(node, key), "a reference", true); ref && ref->is_string()) {
        ReadOrganisation(c, ref);
        break;
      }
    }
    ReadCredits(c, Get(node, "ceterms:creditValue"));
    for (const Node& d : List(Get(node, "ceterms:estimatedDuration"), "a DurationProfile", false)) {
      const Node exact = GetAny(d, {"ceterms:exactDuration", "ceterms:maximumDuration"});
      std::optional<std::string> text = Str(exact);
      if (!text || !IsIsoDuration(*text)) continue;
      if (c.workload.present()) {
        if (c.workload.value->raw_duration.empty()) c.workload.value->raw_duration = *text;
      } else {
        Workload w;
        w.raw_unit = "duration";
        w.raw_text = *text;
        c.workload.Declare(w, doc_.Provenance(exact.pointer));
      }
      break;
    }
    ReadLevel(c, node);
    ReadField(c, node);
    ReadOutcomes(c, node);
    ReadQualityAssurance(c, node);
    SetFromAlignment(c.assessment, Get(node, "ceterms:assessmentMethodType"));
    if (!c.assessment.present()) {
      const Node d = Get(node, "ceterms:assessmentMethodDescription");
      if (auto t = LangMap(d)) c.assessment.Declare(Pick(*t), doc_.Provenance(d.pointer));
    }
    SetFromAlignment(c.participation,
                     GetAny(node, {"ceterms:learningDeliveryType", "ceterms:deliveryType"}));
    for (const Node& cond :
         List(Get(node, "ceterms:entryCondition"), "a ConditionProfile", false)) {
      const Node d = GetAny(cond, {"ceterms:description", "ceterms:name"});
      if (auto t = LangMap(d)) {
        c.prerequisites.Declare(Pick(*t), doc_.Provenance(d.pointer));
        break;
      }
    }
    const Node page = Get(node, "ceterms:subjectWebpage");
    if (auto s = Str(page)) c.further_information.Declare(*s, doc_.Provenance(page.pointer));
    std::vector<Node> children = Children(node);
    for (const Node& extra : extra_children_[node.pointer]) children.push_back(extra);
    for (const Node& child : children) {
      if (!ok() || visited_.count(child.pointer)) continue;
      Credential part = ReadNode(child, depth + 1);
      language_ = c.language;
      FinishLanguages(part, c.language);
      c.parts.push_back(std::move(part));
    }
    return c;
  }

  void ReadOrganisation(Credential& c, const Node& org_node) {
    if (!org_node) return;  // absent, or of the wrong type (then already a failure)
    Organisation org;
    if (org_node->is_string()) {
      org.id = org_node->get<std::string>();
    } else {
      org.id = Str(GetAny(org_node, {"@id", "id", "ceterms:ctid"})).value_or("");
      if (auto t = LangMap(Get(org_node, "ceterms:name"))) org.name = Pick(*t);
      org.url = Str(Get(org_node, "ceterms:subjectWebpage")).value_or("");
      for (const Node& address : List(Get(org_node, "ceterms:address"), "a Place", false)) {
        const Node country = Get(address, "ceterms:addressCountry");
        if (auto t = LangMap(country)) {
          org.country = NormalizeCountry(Pick(*t));
          if (!org.country.empty() && !c.country.present()) {
            c.country.Declare(org.country, doc_.Provenance(country.pointer));
          }
        }
      }
    }
    if (!org.name.empty() || !org.id.empty()) {
      c.awarding_body.Declare(org, doc_.Provenance(org_node.pointer));
    }
  }

  // The label of a CredentialAlignmentObject or concept ("ceterms:targetNodeName").
  std::string AlignmentLabel(const Node& item) {
    if (item->is_string()) return item->get<std::string>();
    for (const char* key : {"ceterms:targetNodeName", "ceterms:targetName", "skos:prefLabel",
                            "ceterms:codedNotation", "ceterms:targetNode", "skos:notation"}) {
      const Node n = Get(item, key);
      if (!n) continue;
      if (n->is_object() && n->contains("@id")) return Str(Get(n, "@id")).value_or("");
      if (auto t = LangMap(n)) return Pick(*t);
    }
    return "";
  }

  void SetFromAlignment(Field<std::string>& field, const Node& value) {
    std::string text;
    for (const Node& item : List(value, "a CredentialAlignmentObject or concept", true)) {
      const std::string label = AlignmentLabel(item);
      if (!label.empty()) text += (text.empty() ? "" : ", ") + label;
    }
    if (!text.empty()) field.Declare(text, doc_.Provenance(value.pointer));
  }

  void ReadCredits(Credential& c, const Node& value) {
    // Embedded ValueProfiles, or references to ValueProfile nodes of the graph (expanded JSON-LD
    // often gives them by @id); a reference the document does not hold is skipped.
    for (const Node& profile : Refs(value)) {
      const Node amount =
          GetAny(profile, {"schema:value", "ceterms:value", "schema:minValue", "qdata:value"});
      if (!amount) continue;
      std::optional<std::string> text = Str(amount);
      if (!text) return;
      std::optional<double> number = ParseNumber(*text);
      if (!number || *number < 0) {
        Fail(amount.pointer, "expected a non-negative number of credits, got \"" + *text + "\"");
        return;
      }
      Workload w;
      w.raw_value = *number;
      std::string unit_label;
      std::string unit_id;
      for (const Node& unit :
           List(Get(profile, "ceterms:creditUnitType"),
                "a CredentialAlignmentObject, concept or creditUnit term", true)) {
        std::string term;
        if (unit->is_string()) {
          term = unit->get<std::string>();
        } else {
          const Node target = Get(unit, "ceterms:targetNode");
          term = target && target->is_object() ? Str(Get(target, "@id")).value_or("")
                                               : Str(target).value_or("");
          const std::string name = Str(Get(unit, "skos:notation")).value_or("");
          unit_label = AlignmentLabel(unit);
          if (term.empty()) term = name.empty() ? unit_label : name;
          unit_id = CreditUnitId(term);
          if (unit_id.empty()) unit_id = CreditUnitAlias(unit_label);
          if (!name.empty() && name != unit_label) unit_label += " (" + name + ")";
          break;
        }
        unit_label = ClassName(term);
        unit_id = CreditUnitId(term);
        break;
      }
      if (!ok()) return;
      w.raw_unit = unit_id.empty() ? "unknown-credits" : unit_id;
      w.raw_text = *text + (unit_label.empty() ? "" : " " + unit_label);
      if (unit_id.empty()) {
        Note(c, Diagnostic::Severity::kWarning, profile.pointer,
             "credit unit \"" + (unit_label.empty() ? std::string("none") : unit_label) +
                 "\" is not a known credit system");
      }
      c.workload.Declare(w, doc_.Provenance(profile.pointer));
      return;
    }
  }

  void ReadLevel(Credential& c, const Node& node) {
    for (const Node& level :
         List(Get(node, "ceterms:atLevel"), "a CredentialAlignmentObject", true)) {
      const std::string framework = [&] {
        if (level->is_string()) return std::string();
        if (auto t = LangMap(Get(level, "ceterms:frameworkName"))) return Pick(*t);
        return std::string();
      }();
      const std::string label = AlignmentLabel(level);
      if (!ok()) return;
      if (ContainsIgnoreCase(framework, "european qualifications framework") ||
          ToLower(framework) == "eqf" || StartsWith(ToLower(label), "eqf")) {
        if (int eqf = EqfFrom(label)) {
          DeclareEqf(c, eqf, doc_.Provenance(level.pointer));
          continue;
        }
      }
      if (!c.level.present()) c.level.Declare(Level{}, doc_.Provenance(level.pointer));
      auto [label_framework, label_level] = SplitLevelLabel(label);
      c.level.value->framework = framework.empty() ? label_framework : framework;
      c.level.value->nqf_level = label_level.empty() ? label : label_level;
    }
    if (!c.level.present()) {
      std::string audience;
      const Node value = Get(node, "ceterms:audienceLevelType");
      for (const Node& item : List(value, "a CredentialAlignmentObject", true)) {
        audience += (audience.empty() ? "" : ", ") + AlignmentLabel(item);
      }
      if (!audience.empty()) {
        Note(c, Diagnostic::Severity::kInfo, value.pointer,
             "audience level \"" + audience + "\" is not a qualifications-framework level");
      }
    }
  }

  void ReadField(Credential& c, const Node& node) {
    for (const char* key :
         {"ceterms:instructionalProgramType", "ceterms:subject", "ceterms:degreeMajor"}) {
      const Node value = Get(node, key);
      for (const Node& item : List(value, "a CredentialAlignmentObject or text", true)) {
        FieldOfStudy field;
        const std::string code =
            item->is_object() ? Str(Get(item, "ceterms:codedNotation")).value_or("") : "";
        const std::string label = AlignmentLabel(item);
        field.raw = code.empty() ? label : (code == label ? code : code + " " + label);
        if (!ok()) return;
        if (field.raw.empty()) continue;
        c.field.Declare(field, doc_.Provenance(item.pointer));
        return;
      }
    }
  }

  void AddOutcome(Credential& c, const Node& item, const std::string& text,
                  const std::string& uri) {
    if (text.empty()) return;
    LearningOutcome outcome;
    outcome.text = text;
    outcome.provenance = Provenance::Declared(doc_.Provenance(item.pointer));
    if (uri.find("data.europa.eu/esco/") != std::string::npos) {
      SkillRef skill;
      skill.uri = uri;
      skill.declared = true;
      skill.score = 1.0;
      outcome.skills.push_back(std::move(skill));
    }
    c.learning_outcomes.push_back(std::move(outcome));
  }

  void ReadCompetency(Credential& c, const Node& ref) {
    Node item = ref;
    if (item->is_string()) {
      auto it = index_.find(item->get<std::string>());
      if (it == index_.end()) {
        ++unresolved_;
        return;
      }
      item = it->second;
    }
    std::string uri = Str(GetAny(item, {"@id", "id"})).value_or("");
    if (const Node target = Get(item, "ceterms:targetNode")) {
      uri = target->is_object() ? Str(Get(target, "@id")).value_or("") : Str(target).value_or("");
    }
    std::string text;
    for (const char* key : {"ceasn:competencyText", "ceterms:targetNodeDescription",
                            "ceterms:targetNodeName", "ceasn:competencyLabel"}) {
      if (auto t = LangMap(Get(item, key))) {
        text = Pick(*t);
        break;
      }
    }
    AddOutcome(c, item, text, uri);
  }

  void ReadOutcomes(Credential& c, const Node& node) {
    unresolved_ = 0;
    for (const Node& cond : List(Get(node, "ceterms:requires"), "a ConditionProfile", true)) {
      if (cond->is_string()) {
        auto it = index_.find(cond->get<std::string>());
        if (it != index_.end() && HasType(*it->second, "Competency")) ReadCompetency(c, cond);
        continue;
      }
      if (HasType(*cond, "Competency")) {
        ReadCompetency(c, cond);
        continue;
      }
      for (const Node& comp :
           List(Get(cond, "ceterms:targetCompetency"), "a CredentialAlignmentObject", true)) {
        ReadCompetency(c, comp);
      }
    }
    for (const char* key : {"ceterms:teaches", "ceterms:assesses"}) {
      for (const Node& comp : List(Get(node, key), "a CredentialAlignmentObject", true)) {
        ReadCompetency(c, comp);
      }
    }
    if (unresolved_ > 0) {
      Note(c, Diagnostic::Severity::kInfo, node.pointer,
           std::to_string(unresolved_) +
               " competencies given only by reference (not in this document) not read");
    }
  }

  void ReadQualityAssurance(Credential& c, const Node& node) {
    for (const char* key : {"ceterms:accreditedBy", "ceterms:recognizedBy", "ceterms:regulatedBy",
                            "ceterms:approvedBy"}) {
      const Node value = Get(node, key);
      if (!value) continue;
      QualityAssurance qa;
      qa.type = std::string(key).substr(8);
      for (const Node& org : Refs(value)) {
        if (auto t = LangMap(Get(org, "ceterms:name"))) qa.body = Pick(*t);
        qa.id = Str(GetAny(org, {"@id", "ceterms:ctid"})).value_or("");
        break;
      }
      if (qa.body.empty() && qa.id.empty()) {
        if (const Node first = First(value, "a reference", true); first && first->is_string()) {
          qa.id = first->get<std::string>();
        }
      }
      c.quality_assurance.Declare(qa, doc_.Provenance(value.pointer));
      return;
    }
  }

  std::map<std::string, Node> index_;
  std::map<std::string, std::string> parent_of_;
  std::map<std::string, std::vector<Node>> extra_children_;
  std::set<std::string> visited_;
  int unresolved_ = 0;
};

}  // namespace

StatusOr<Credential> ReadCtdl(const Document& doc, const ReadOptions& options) {
  CtdlReader reader(doc, options);
  return reader.Read();
}

}  // namespace credmatch::internal
