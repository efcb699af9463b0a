// Ranking candidates against a job: essential-skill coverage first, then optional skills, level
// and field (docs/batch.md, "Ranking").
#include <algorithm>
#include <cmath>
#include <map>

#include "batch/text_out.hpp"
#include "credmatch/batch.hpp"
#include "credmatch/mapping.hpp"
#include "credmatch/taxonomy.hpp"

namespace credmatch {
namespace {

// A skill a candidate holds, with where it came from.
struct HeldSkill {
  std::string uri;
  std::string label;
  std::string credential;
  std::uint32_t kernel_id = SkillSimilarity::kUnknownSkill;
};

void CollectSkills(const Credential& c, const std::string& credential_id,
                   std::vector<HeldSkill>& out) {
  for (const LearningOutcome& o : c.learning_outcomes) {
    for (const SkillRef& s : o.skills) {
      if (!s.uri.empty()) out.push_back({s.uri, s.label, credential_id});
    }
  }
  for (const Credential& part : c.parts) CollectSkills(part, credential_id, out);
}

std::optional<int> BestEqf(const Credential& c) {
  std::optional<int> best;
  if (c.level.present()) {
    const Level& l = *c.level.value;
    if (l.eqf && l.eqf->max >= 1 && l.eqf->max <= 8) {
      best = l.eqf->max;
    } else if (l.declared_eqf && *l.declared_eqf >= 1 && *l.declared_eqf <= 8) {
      best = *l.declared_eqf;
    }
  }
  for (const Credential& part : c.parts) {
    if (auto p = BestEqf(part); p && (!best || *p > *best)) best = p;
  }
  return best;
}

// ISCED-F code tree, the numbers of frameworks/scoring.yaml (field): same detailed field 1, same
// narrow field 0.8, same broad field 0.5, else 0.
double FieldMatch(const std::string& job, const std::string& held) {
  if (job.empty() || held.empty()) return 0.0;
  auto prefix = [&](std::size_t n) {
    return job.size() >= n && held.size() >= n && job.compare(0, n, held, 0, n) == 0;
  };
  if (job == held || (job.size() >= 4 && prefix(4))) return 1.0;
  if (prefix(3)) return job.size() == 3 || held.size() == 3 ? 1.0 : 0.8;
  if (prefix(2)) return job.size() == 2 || held.size() == 2 ? 1.0 : 0.5;
  return 0.0;
}

double Round3(double v) { return std::round(v * 1000.0) / 1000.0; }

}  // namespace

RankResult RankCandidates(const JobProfile& job,
                          const std::vector<std::vector<Credential>>& credentials,
                          const std::vector<std::string>& names, const SkillSimilarity& similarity,
                          const RankOptions& options) {
  RankResult result;
  result.job = job;
  result.kernel = similarity.Describe();
  result.matched_level = options.matched;
  std::vector<std::uint32_t> job_ids;
  double essential_total = 0.0, optional_total = 0.0;
  for (const JobSkill& s : job.skills) {
    job_ids.push_back(similarity.Find(s.uri));
    (s.essential ? essential_total : optional_total) += s.weight;
  }
  const RankWeights& w = options.weights;
  for (std::size_t c = 0; c < credentials.size(); ++c) {
    RankedCandidate cand;
    cand.name = c < names.size() ? names[c] : std::to_string(c + 1);
    cand.input = c;
    if (credentials[c].empty()) ++result.candidate_errors;
    std::vector<HeldSkill> held;
    double best_field = 0.0;
    bool any_field = false;
    for (const Credential& cred : credentials[c]) {
      cand.credentials.push_back(cred.id.empty() ? cred.source : cred.id);
      CollectSkills(cred, cand.credentials.back(), held);
      if (auto e = BestEqf(cred); e && (!cand.best_eqf || *e > *cand.best_eqf)) cand.best_eqf = e;
      if (!job.field.empty() && cred.field.present() && !cred.field.value->isced_code.empty()) {
        any_field = true;
        best_field = std::max(best_field, FieldMatch(job.field, cred.field.value->isced_code));
      }
    }
    for (HeldSkill& h : held) h.kernel_id = similarity.Find(h.uri);

    double essential_sum = 0.0, optional_sum = 0.0;
    for (std::size_t i = 0; i < job.skills.size(); ++i) {
      SkillCoverage cov;
      cov.skill = job.skills[i];
      const HeldSkill* by = nullptr;
      for (const HeldSkill& h : held) {
        double sim = 0.0;
        if (h.uri == cov.skill.uri) {
          sim = 1.0;
        } else if (job_ids[i] != SkillSimilarity::kUnknownSkill &&
                   h.kernel_id != SkillSimilarity::kUnknownSkill) {
          sim = std::clamp(static_cast<double>(similarity.Similarity(job_ids[i], h.kernel_id)), 0.0,
                           1.0);
        }
        if (sim > cov.similarity) {
          cov.similarity = sim;
          by = &h;
        }
      }
      if (cov.similarity < options.partial) {
        cov.similarity = 0.0;
        by = nullptr;
      }
      if (by != nullptr) {
        cov.by_uri = by->uri;
        cov.by_label = by->label;
        cov.by_credential = by->credential;
      }
      (cov.skill.essential ? essential_sum : optional_sum) += cov.skill.weight * cov.similarity;
      if (by != nullptr) {
        cand.matched.push_back(std::move(cov));
      } else if (cov.skill.essential) {
        cand.gaps.push_back(std::move(cov));
      } else {
        cand.missing_optional.push_back(std::move(cov));
      }
    }
    std::stable_sort(cand.matched.begin(), cand.matched.end(),
                     [](const SkillCoverage& a, const SkillCoverage& b) {
                       return a.skill.essential > b.skill.essential;
                     });

    double score = 0.0, weight = 0.0;
    cand.essential_coverage = essential_total > 0.0 ? essential_sum / essential_total : 1.0;
    if (essential_total > 0.0) {
      score += w.essential * cand.essential_coverage;
      weight += w.essential;
    }
    if (optional_total > 0.0) {
      cand.optional_coverage = optional_sum / optional_total;
      score += w.optional * *cand.optional_coverage;
      weight += w.optional;
    }
    if (job.min_eqf) {
      // Soft: each EQF level below the minimum costs half (frameworks/scoring.yaml
      // level.per_level); a candidate without any level scores 0 here.
      double l = 0.0;
      if (cand.best_eqf) l = std::max(0.0, 1.0 - 0.5 * std::max(0, *job.min_eqf - *cand.best_eqf));
      cand.level_score = l;
      score += w.level * l;
      weight += w.level;
    }
    if (!job.field.empty()) {
      cand.field_score = any_field ? best_field : 0.0;
      score += w.field * *cand.field_score;
      weight += w.field;
    }
    cand.score = weight > 0.0 ? score / weight : 0.0;
    if (credentials[c].empty()) cand.score = 0.0;
    result.candidates.push_back(std::move(cand));
  }
  std::vector<std::size_t> order(result.candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const RankedCandidate& x = result.candidates[a];
    const RankedCandidate& y = result.candidates[b];
    const bool xe = x.credentials.empty(), ye = y.credentials.empty();
    if (xe != ye) return ye;
    const double ex = Round3(x.essential_coverage), ey = Round3(y.essential_coverage);
    if (ex != ey) return ex > ey;
    if (x.score != y.score) return x.score > y.score;
    return a < b;
  });
  std::vector<RankedCandidate> ranked;
  ranked.reserve(order.size());
  for (std::size_t i : order) {
    ranked.push_back(std::move(result.candidates[i]));
    ranked.back().rank = static_cast<int>(ranked.size());
  }
  if (options.top_k > 0 && ranked.size() > static_cast<std::size_t>(options.top_k)) {
    ranked.resize(static_cast<std::size_t>(options.top_k));
  }
  result.candidates = std::move(ranked);
  return result;
}

namespace {

bool IsYaml(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".yaml" || ext == ".yml";
}

// Declared skills often come as bare URIs: show the taxonomy's label.
void FillSkillLabels(const Taxonomy& taxonomy, Credential& c) {
  for (LearningOutcome& o : c.learning_outcomes) {
    for (SkillRef& s : o.skills) {
      if (!s.label.empty()) continue;
      if (auto id = taxonomy.Find(s.uri)) {
        s.label =
            std::string(taxonomy.PreferredLabel(*id, o.language.empty() ? c.language : o.language));
      }
    }
  }
  for (Credential& part : c.parts) FillSkillLabels(taxonomy, part);
}

bool IsJobFileName(std::string_view job) {
  return job.ends_with(".yaml") || job.ends_with(".yml") || job.ends_with(".json");
}

// A job title: the mapper's best occupation when it is confident enough; else an error naming the
// best candidates, so that the user can pass the URI.
StatusOr<JobProfile> JobFromTitle(const BatchEnvironment& env, const std::string& title,
                                  double min_score) {
  if (env.mapper == nullptr || env.taxonomy == nullptr) {
    return UnsupportedError(
        "rank: '" + title +
        "' looks like a job title; resolving titles needs the occupation mapper and a taxonomy. "
        "Give an occupation URI or a job profile file (docs/batch.md)");
  }
  MatchOptions options;
  options.top_k = 3;
  const MatchResult result = env.mapper->MapOccupations(title, options);
  if (result.matches.empty() || result.matches.front().score < min_score) {
    std::string best;
    for (const ConceptMatch& m : result.matches) {
      if (!best.empty()) best += ", ";
      best.append(m.label).append(" <").append(m.uri).append("> (");
      best += internal::FormatScore(m.score) + ")";
    }
    return NotFoundError("rank: no occupation of " + env.taxonomy->DisplayName() +
                         " matches the job title '" + title + "' with a score of at least " +
                         internal::FormatScore(min_score) +
                         (best.empty() ? std::string() : "; best: " + best) +
                         ". Give an occupation URI or a job profile file");
  }
  const ConceptMatch& m = result.matches.front();
  CREDMATCH_ASSIGN_OR_RETURN(JobProfile job, JobFromOccupation(*env.taxonomy, m.uri));
  job.source = "job title '" + title + "' -> " + job.source + " (mapping score " +
               internal::FormatScore(m.score) + ")";
  return job;
}

StatusOr<JobProfile> ResolveJob(const BatchEnvironment& env, const std::string& job,
                                double min_title_score) {
  if (env.taxonomy != nullptr && env.taxonomy->Find(job)) {
    return JobFromOccupation(*env.taxonomy, job);
  }
  if (job.starts_with("http://") || job.starts_with("https://") || job.starts_with("urn:")) {
    if (env.taxonomy == nullptr) {
      return FailedPreconditionError("rank: an occupation URI needs a taxonomy");
    }
    return NotFoundError("rank: '" + job + "' is not a concept of " + env.taxonomy->DisplayName());
  }
  std::error_code ec;
  if (std::filesystem::is_regular_file(job, ec)) return LoadJobProfile(job, env.taxonomy);
  if (IsJobFileName(job)) return NotFoundError(job + ": job profile file not found");
  return JobFromTitle(env, job, min_title_score);
}

void AppendSkillJson(std::string& out, const SkillCoverage& s, bool with_match) {
  out += "{\"uri\":";
  internal::AppendJsonString(out, s.skill.uri);
  out += ",\"label\":";
  internal::AppendJsonString(out, s.skill.label);
  out += ",\"essential\":";
  out += s.skill.essential ? "true" : "false";
  if (with_match) {
    out += ",\"similarity\":" + internal::FormatScore(s.similarity);
    out += ",\"by\":{\"uri\":";
    internal::AppendJsonString(out, s.by_uri);
    out += ",\"label\":";
    internal::AppendJsonString(out, s.by_label);
    out += ",\"credential\":";
    internal::AppendJsonString(out, s.by_credential);
    out += '}';
  }
  out += '}';
}

}  // namespace

std::string RankResultToJson(const RankResult& r) {
  std::string out = "{\n  \"job\": {\"id\": ";
  internal::AppendJsonString(out, r.job.id);
  out += ", \"title\": ";
  internal::AppendJsonString(out, r.job.title);
  out += ", \"source\": ";
  internal::AppendJsonString(out, r.job.source);
  std::size_t essential = 0;
  for (const JobSkill& s : r.job.skills) essential += s.essential ? 1 : 0;
  out += ", \"essentialSkills\": " + std::to_string(essential) +
         ", \"optionalSkills\": " + std::to_string(r.job.skills.size() - essential);
  out += ", \"minEqf\": " + (r.job.min_eqf ? std::to_string(*r.job.min_eqf) : "null");
  out += ", \"field\": ";
  if (r.job.field.empty()) {
    out += "null";
  } else {
    internal::AppendJsonString(out, r.job.field);
  }
  out += "},\n  \"kernel\": ";
  internal::AppendJsonString(out, r.kernel);
  out += ",\n  \"candidates\": [";
  for (std::size_t i = 0; i < r.candidates.size(); ++i) {
    const RankedCandidate& c = r.candidates[i];
    out += i == 0 ? "\n    " : ",\n    ";
    out += "{\"rank\": " + std::to_string(c.rank) + ", \"candidate\": ";
    internal::AppendJsonString(out, c.name);
    out += ", \"score\": " + internal::FormatScore(c.score);
    out += ", \"essentialCoverage\": " + internal::FormatScore(c.essential_coverage);
    out += ", \"optionalCoverage\": ";
    internal::AppendScore(out, c.optional_coverage);
    out += ", \"level\": ";
    internal::AppendScore(out, c.level_score);
    out += ", \"bestEqf\": " + (c.best_eqf ? std::to_string(*c.best_eqf) : "null");
    out += ", \"field\": ";
    internal::AppendScore(out, c.field_score);
    out += ",\n     \"credentials\": [";
    for (std::size_t k = 0; k < c.credentials.size(); ++k) {
      if (k > 0) out += ", ";
      internal::AppendJsonString(out, c.credentials[k]);
    }
    out += "], \"errors\": [";
    for (std::size_t k = 0; k < c.errors.size(); ++k) {
      if (k > 0) out += ", ";
      internal::AppendJsonString(out, c.errors[k]);
    }
    out += "],\n     \"matched\": [";
    for (std::size_t k = 0; k < c.matched.size(); ++k) {
      if (k > 0) out += ", ";
      AppendSkillJson(out, c.matched[k], true);
    }
    out += "],\n     \"gaps\": [";
    for (std::size_t k = 0; k < c.gaps.size(); ++k) {
      if (k > 0) out += ", ";
      AppendSkillJson(out, c.gaps[k], false);
    }
    out += "],\n     \"missingOptional\": [";
    for (std::size_t k = 0; k < c.missing_optional.size(); ++k) {
      if (k > 0) out += ", ";
      AppendSkillJson(out, c.missing_optional[k], false);
    }
    out += "]}";
  }
  out += r.candidates.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

std::string RankResultToText(const RankResult& r) {
  const double matched_level = r.matched_level;
  std::size_t essential = 0;
  for (const JobSkill& s : r.job.skills) essential += s.essential ? 1 : 0;
  std::string out = "Job: " + r.job.title + " (" + r.job.source + ")\n";
  out += "  " + std::to_string(essential) + " essential, " +
         std::to_string(r.job.skills.size() - essential) + " optional skills";
  if (r.job.min_eqf) out += "; minimum EQF " + std::to_string(*r.job.min_eqf);
  if (!r.job.field.empty()) out += "; field ISCED-F " + r.job.field;
  out += "\n  kernel: " + r.kernel + "\n\n";
  for (const RankedCandidate& c : r.candidates) {
    std::size_t essential_full = 0, essential_part = 0, optional_matched = 0;
    for (const SkillCoverage& m : c.matched) {
      if (!m.skill.essential) {
        ++optional_matched;
      } else if (m.similarity >= matched_level) {
        ++essential_full;
      } else {
        ++essential_part;
      }
    }
    out += std::to_string(c.rank) + ". " + c.name + "  score " + internal::FormatScore(c.score) +
           "\n   essential: " + std::to_string(essential_full) + " matched, " +
           std::to_string(essential_part) + " partly, " + std::to_string(c.gaps.size()) +
           " missing of " + std::to_string(essential) + " (coverage " +
           internal::FormatScore(c.essential_coverage) + ")";
    if (c.optional_coverage) {
      out += "; optional: " + std::to_string(optional_matched) + " of " +
             std::to_string(r.job.skills.size() - essential) + " (coverage " +
             internal::FormatScore(*c.optional_coverage) + ")";
    }
    if (c.level_score) {
      out += "; level " +
             (c.best_eqf ? "EQF " + std::to_string(*c.best_eqf) : std::string("unknown")) + " (" +
             internal::FormatScore(*c.level_score) + ")";
    }
    if (c.field_score) out += "; field " + internal::FormatScore(*c.field_score);
    out += "\n";
    for (const SkillCoverage& m : c.matched) {
      out += std::string("   ") + (m.similarity >= matched_level ? "+ " : "~ ") + m.skill.label +
             (m.skill.essential ? "" : " (optional)") + " <- " +
             (m.by_label.empty() ? m.by_uri : m.by_label) + " [" + m.by_credential + ", " +
             internal::FormatScore(m.similarity) + "]\n";
    }
    for (const SkillCoverage& g : c.gaps) out += "   - gap: " + g.skill.label + "\n";
    for (const std::string& e : c.errors) out += "   ! " + e + "\n";
    out += "\n";
  }
  return out;
}

StatusOr<RankOutput> RunRank(const BatchEnvironment& env, const RankRequest& request) {
  if (env.similarity == nullptr) return InvalidArgumentError("rank: no skill kernel given");
  if (request.candidates.empty()) return InvalidArgumentError("rank: no candidates given");
  CREDMATCH_ASSIGN_OR_RETURN(JobProfile job,
                             ResolveJob(env, request.job, request.options.min_title_score));
  std::vector<std::vector<Credential>> credentials(request.candidates.size());
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> errors(request.candidates.size());
  for (std::size_t c = 0; c < request.candidates.size(); ++c) {
    const std::filesystem::path& path = request.candidates[c];
    names.push_back(path.string());
    auto add = [&](StatusOr<Credential> cred) {
      if (cred.ok() && env.normalize) {
        if (Status s = env.normalize(*cred); !s.ok()) cred = s;
      }
      if (cred.ok()) {
        credentials[c].push_back(std::move(*cred));
      } else {
        errors[c].push_back(cred.status().message());
      }
    };
    if (IsYaml(path)) {
      add(ReadCredentialFile(path, request.read));
      continue;
    }
    StatusOr<CatalogueReader> reader = CatalogueReader::Open(path, request.read);
    if (!reader.ok()) {
      errors[c].push_back(reader.status().message());
      continue;
    }
    CatalogueRecord record;
    while (reader->Next(record)) add(std::move(record.result));
  }
  if (env.taxonomy != nullptr) {
    for (std::vector<Credential>& list : credentials) {
      for (Credential& c : list) FillSkillLabels(*env.taxonomy, c);
    }
  }
  RankOutput output;
  output.result = RankCandidates(job, credentials, names, *env.similarity, request.options);
  for (RankedCandidate& cand : output.result.candidates) {
    cand.errors = errors[cand.input];
    if (credentials[cand.input].empty() && cand.errors.empty()) {
      cand.errors.push_back(cand.name + ": no credential found");
    }
  }
  output.output = request.format == RankRequest::Format::kText ? RankResultToText(output.result)
                                                               : RankResultToJson(output.result);
  return output;
}

}  // namespace credmatch
