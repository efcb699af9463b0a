// Compare(): the detailed comparison with evidence. Scores come from the same functions as
// ScoreProfiles() (profile_internal.hpp); this file adds the evidence and the outcome breakdown.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "compare/profile_internal.hpp"
#include "core/format.hpp"
#include "scoring/scoring.hpp"

namespace credmatch {
namespace {

using internal::ScoringParams;

std::string Num(double v, int digits = 2) { return internal::FormatScore(v, digits); }

std::string Plural(int n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

// "other:xyz" categories are shown as the text itself.
std::string CategoryText(const std::string& category) {
  if (category.rfind("other:", 0) == 0) return category.substr(6) + " (unclassified)";
  return category;
}

void AddFigure(DimensionResult* d, std::string name, double value, std::string from) {
  d->figures.push_back(Figure{std::move(name), value, std::move(from)});
}

const char* kComputed = "computed";

// ---------------------------------------------------------------------------------------------

void CompareLevel(const Credential& sc, const Credential& tc, const CredentialProfile& s,
                  const CredentialProfile& t, const ScoringParams& p, Comparison* out) {
  DimensionResult& d = out->dimensions[static_cast<std::size_t>(Dimension::kLevel)];
  d.method = "level.eqf-range";
  auto side = [](const Credential& c, const CredentialProfile& prof, SideValue* v,
                 std::string* how) {
    if (!c.level.present()) return;
    const Level& level = *c.level.value;
    v->present = true;
    v->provenance = c.level.provenance;
    std::string text;
    internal::ProfileEqf(c, how);
    if (prof.eqf) text = prof.eqf->Text();
    if (!prof.cycle.empty()) text += (text.empty() ? "" : ", ") + prof.cycle + " cycle";
    if ((!level.framework.empty() || !level.nqf_level.empty()) && level.framework != "EQF") {
      text += (text.empty() ? "" : " (") + level.framework + " " + level.nqf_level +
              (text.empty() ? "" : ")");
    }
    if (*how == "level.cycle") text += " [EQF from the QF-EHEA cycle]";
    if (*how == "level.declared-eqf") text += " [declared EQF, not normalised]";
    v->display = text;
  };
  std::string how_s, how_t;
  side(sc, s, &d.source, &how_s);
  side(tc, t, &d.target, &how_t);
  out->level.source = s.eqf;
  out->level.target = t.eqf;
  out->level.source_cycle = s.cycle;
  out->level.target_cycle = t.cycle;

  d.score = internal::ScoreLevel(s, t, p);
  if (!d.score) {
    auto reason = [](const Credential& c, const CredentialProfile& prof, std::string_view who) {
      if (prof.eqf) return std::string();
      if (!c.level.present()) return std::string(who) + " states no level";
      const Level& l = *c.level.value;
      return std::string(who) + " level '" + l.framework + " " + l.nqf_level +
             "' is not referenced to an EQF level";
    };
    std::string r1 = reason(sc, s, "source"), r2 = reason(tc, t, "target");
    d.unknown_reason = r1.empty() ? r2 : (r2.empty() ? r1 : r1 + "; " + r2);
    d.summary = "not assessed: " + d.unknown_reason;
    return;
  }
  const EqfRange a = *s.eqf, b = *t.eqf;
  out->level.levels_below = internal::LevelsBelow(a, b);
  out->level.levels_above = internal::LevelsBelow(b, a);
  AddFigure(&d, "source_eqf_min", a.min, how_s);
  AddFigure(&d, "source_eqf_max", a.max, how_s);
  AddFigure(&d, "target_eqf_min", b.min, how_t);
  AddFigure(&d, "target_eqf_max", b.max, how_t);
  AddFigure(&d, "levels_below", out->level.levels_below, "computed: target.min - source.max");
  AddFigure(&d, "levels_above", out->level.levels_above, "computed: source.min - target.max");
  if (a == b) {
    d.summary = "same level (" + a.Text() + ")";
    if (!s.cycle.empty() && !t.cycle.empty() && s.cycle != t.cycle) {
      d.method = "level.cycle-mismatch";
      d.summary += ", but different QF-EHEA cycles (" + s.cycle + " vs " + t.cycle + ")";
      AddFigure(&d, "cycle_mismatch", p.level.cycle_mismatch,
                internal::ParamRef(p, "level/cycle_mismatch"));
    }
  } else if (out->level.levels_below > 0) {
    d.summary = "source " + Plural(out->level.levels_below, "EQF level") + " below target (" +
                a.Text() + " vs " + b.Text() + ")";
    AddFigure(&d, "per_level", p.level.per_level, internal::ParamRef(p, "level/per_level"));
  } else if (out->level.levels_above > 0) {
    d.summary = "source " + Plural(out->level.levels_above, "EQF level") + " above target (" +
                a.Text() + " vs " + b.Text() + ")";
    AddFigure(&d, "per_level", p.level.per_level, internal::ParamRef(p, "level/per_level"));
  } else {
    d.summary = "overlapping level ranges (" + a.Text() + " vs " + b.Text() + ")";
    AddFigure(&d, "overlap", p.level.overlap, internal::ParamRef(p, "level/overlap"));
  }
}

void CompareWorkload(const Credential& sc, const Credential& tc, const CredentialProfile& s,
                     const CredentialProfile& t, const ScoringParams& p, Comparison* out) {
  DimensionResult& d = out->dimensions[static_cast<std::size_t>(Dimension::kWorkload)];
  d.method = "workload.ects-ratio";
  auto side = [](const Credential& c, const CredentialProfile& prof, SideValue* v) {
    if (!c.workload.present()) return;
    const Workload& w = *c.workload.value;
    v->present = true;
    v->provenance = c.workload.provenance;
    std::string text;
    if (prof.ects) {
      text = Num(prof.ects->value(), 1) + " ECTS";
      if (prof.ects_min.value() > 0.0 && prof.ects_max.value() > 0.0 &&
          prof.ects_min.value() < prof.ects_max.value()) {
        text += " (" + Num(prof.ects_min.value(), 1) + "-" + Num(prof.ects_max.value(), 1) + ")";
      }
      text += ", confidence " + Num(prof.ects_confidence);
    }
    if (!w.raw_text.empty() && (text.empty() || w.raw_text.find("ECTS") == std::string::npos)) {
      text += (text.empty() ? "" : "; ") + std::string("as written: ") + w.raw_text;
    }
    v->display = text;
  };
  side(sc, s, &d.source);
  side(tc, t, &d.target);
  out->workload.source = s.ects;
  out->workload.target = t.ects;
  out->workload.source_confidence = s.ects_confidence;
  out->workload.target_confidence = t.ects_confidence;
  d.score = internal::ScoreWorkload(s, t, p);
  if (!d.score) {
    std::vector<std::string> missing;
    if (!s.ects)
      missing.push_back(sc.workload.present() ? "source workload is not converted to ECTS"
                                              : "source states no workload");
    if (!t.ects)
      missing.push_back(tc.workload.present() ? "target workload is not converted to ECTS"
                                              : "target states no workload");
    d.unknown_reason = missing.size() == 2 ? missing[0] + "; " + missing[1] : missing[0];
    d.summary = "not assessed: " + d.unknown_reason;
    return;
  }
  internal::WorkloadSide a, b;
  a.ects = s.ects->value();
  a.min = s.ects_min.value() > 0.0 ? s.ects_min.value() : a.ects;
  a.max = s.ects_max.value() > 0.0 ? s.ects_max.value() : a.ects;
  a.confidence = s.ects_confidence;
  b.ects = t.ects->value();
  b.min = t.ects_min.value() > 0.0 ? t.ects_min.value() : b.ects;
  b.max = t.ects_max.value() > 0.0 ? t.ects_max.value() : b.ects;
  b.confidence = t.ects_confidence;
  const internal::WorkloadScoreResult r = internal::WorkloadScore(a, b, p.workload_tolerance);
  out->workload.ratio = r.ratio;
  out->workload.shortfall = r.shortfall;
  out->workload.shortfall_best_case = r.shortfall_best_case;
  AddFigure(&d, "source_ects", a.ects, "source workload (see provenance)");
  AddFigure(&d, "target_ects", b.ects, "target workload (see provenance)");
  AddFigure(&d, "ratio", r.ratio, "computed: min(ECTS) / max(ECTS)");
  AddFigure(&d, "ratio_best_case", r.ratio_best_case,
            "computed: closest points of the plausible ECTS ranges");
  AddFigure(&d, "confidence", r.confidence, "computed: min of the two conversion confidences");
  AddFigure(&d, "shortfall", r.shortfall, "computed: 1 - source/target when source < target");
  AddFigure(&d, "tolerance", p.workload_tolerance, internal::ParamRef(p, "workload/tolerance"));
  const std::string pair = Num(a.ects, 1) + " vs " + Num(b.ects, 1) + " ECTS";
  if (r.ratio >= 1.0 - p.workload_tolerance) {
    d.summary = pair + ": within tolerance (ratio " + Num(r.ratio) + ")";
  } else if (a.ects < b.ects) {
    d.summary = pair + ": source has " + Num(100.0 * r.shortfall, 0) + "% less workload";
  } else {
    d.summary =
        pair + ": source has " + Num(100.0 * (a.ects / b.ects - 1.0), 0) + "% more workload";
  }
  if (r.confidence < 1.0 && r.ratio_best_case > r.ratio) {
    d.summary += " (uncertain conversion: best-case ratio " + Num(r.ratio_best_case) + ")";
  }
}

void CompareField(const Credential& sc, const Credential& tc, const CredentialProfile& s,
                  const CredentialProfile& t, const ScoringParams& p, Comparison* out) {
  DimensionResult& d = out->dimensions[static_cast<std::size_t>(Dimension::kField)];
  d.method = "field.isced-f-tree";
  auto side = [](const Credential& c, SideValue* v) {
    if (!c.field.present()) return;
    const FieldOfStudy& f = *c.field.value;
    v->present = true;
    v->provenance = c.field.provenance;
    std::string text = f.isced_code;
    if (!f.isced_name.empty()) text += (text.empty() ? "" : " ") + f.isced_name;
    if (!f.raw.empty() && f.raw != f.isced_code && f.raw != f.isced_name) {
      text += (text.empty() ? "" : " (") + f.raw + (text.empty() ? "" : ")");
    }
    v->display = text;
  };
  side(sc, &d.source);
  side(tc, &d.target);
  out->field.source_code = s.isced;
  out->field.target_code = t.isced;
  d.score = internal::ScoreField(s, t, p);
  if (!d.score) {
    auto reason = [](const Credential& c, const CredentialProfile& prof, std::string_view who) {
      if (!prof.isced.empty()) return std::string();
      if (!c.field.present()) return std::string(who) + " states no field";
      return std::string(who) + " field '" +
             (c.field.value->isced_code.empty() ? c.field.value->raw : c.field.value->isced_code) +
             "' has no known ISCED-F code";
    };
    std::string r1 = reason(sc, s, "source"), r2 = reason(tc, t, "target");
    d.unknown_reason = r1.empty() ? r2 : (r2.empty() ? r1 : r1 + "; " + r2);
    d.summary = "not assessed: " + d.unknown_reason;
    return;
  }
  const internal::FieldMatch match = internal::MatchIscedCodes(s.isced, t.isced);
  out->field.match = std::string(internal::FieldMatchName(match));
  AddFigure(&d, "match_score", *d.score, internal::ParamRef(p, "field/" + out->field.match));
  switch (match) {
    case internal::FieldMatch::kDetailed: d.summary = "same field (" + t.isced + ")"; break;
    case internal::FieldMatch::kNarrow:
      d.summary =
          "same narrow field " + t.isced.substr(0, 3) + " (" + s.isced + " vs " + t.isced + ")";
      break;
    case internal::FieldMatch::kBroad:
      d.summary =
          "same broad field " + t.isced.substr(0, 2) + " only (" + s.isced + " vs " + t.isced + ")";
      break;
    case internal::FieldMatch::kInterdisciplinary:
      d.summary = "inter-disciplinary programme in the same broad field (" + s.isced + " vs " +
                  t.isced + ")";
      break;
    case internal::FieldMatch::kDifferent:
      d.summary = "different broad fields (" + s.isced + " vs " + t.isced + ")";
      break;
  }
}

void CompareQuality(const Credential& sc, const Credential& tc, const CredentialProfile& s,
                    const CredentialProfile& t, const ScoringParams& p, Comparison* out) {
  DimensionResult& d = out->dimensions[static_cast<std::size_t>(Dimension::kQuality)];
  d.method = "quality.ordinal";
  auto side = [](const Credential& c, SideValue* v) {
    if (!c.quality_assurance.present()) return;
    const QualityAssurance& q = *c.quality_assurance.value;
    v->present = true;
    v->provenance = c.quality_assurance.provenance;
    std::string text = q.type;
    if (!q.body.empty()) text += (text.empty() ? "" : " by ") + q.body;
    if (!q.id.empty()) text += (text.empty() ? "" : " (") + q.id + (text.empty() ? "" : ")");
    v->display = text.empty() ? "declared" : text;
  };
  side(sc, &d.source);
  side(tc, &d.target);
  out->quality.source_class = s.quality;
  out->quality.target_class = t.quality;
  out->quality.source_rank = p.quality.Rank(s.quality);
  out->quality.target_rank = p.quality.Rank(t.quality);
  d.score = internal::ScoreQuality(s, t, p);
  if (!d.score) {
    std::vector<std::string> why;
    if (s.quality.empty()) why.push_back("source declares no quality assurance");
    if (t.quality.empty()) why.push_back("target declares no quality assurance");
    if (why.empty()) why.push_back("quality assurance type not classified");
    d.unknown_reason = why.size() == 2 ? why[0] + "; " + why[1] : why[0];
    d.summary = "not assessed: " + d.unknown_reason;
    return;
  }
  AddFigure(&d, "source_rank", *out->quality.source_rank,
            internal::ParamRef(p, "quality/categories"));
  AddFigure(&d, "target_rank", *out->quality.target_rank,
            internal::ParamRef(p, "quality/categories"));
  AddFigure(&d, "step", p.quality.step, internal::ParamRef(p, "quality/step"));
  d.summary = s.quality == t.quality ? "same type of quality assurance (" + s.quality + ")"
                                     : s.quality + " (source) vs " + t.quality + " (target)";
}

void CompareProfileDim(const CredentialProfile& s, const CredentialProfile& t,
                       const ScoringParams& p, Comparison* out) {
  DimensionResult& d = out->dimensions[static_cast<std::size_t>(Dimension::kProfile)];
  d.method = "profile.aspects";
  std::optional<double> aspects[internal::kProfileAspectCount];
  d.score = internal::ScoreProfile(s, t, p, &aspects);
  std::vector<std::string> src_parts, tgt_parts, differs, unknown;
  for (int i = 0; i < internal::kProfileAspectCount; ++i) {
    const auto id = static_cast<internal::ProfileAspectId>(i);
    ProfileAspect a;
    a.name = std::string(internal::ProfileAspectName(id));
    a.source = internal::AspectValue(s, id);
    a.target = internal::AspectValue(t, id);
    a.score = aspects[i];
    a.weight = p.aspect(id).weight;
    if (!a.source.empty()) src_parts.push_back(a.name + ": " + CategoryText(a.source));
    if (!a.target.empty()) tgt_parts.push_back(a.name + ": " + CategoryText(a.target));
    if (a.score) {
      AddFigure(&d, a.name, *a.score,
                internal::ParamRef(p, "profile/" + a.name) + " (weight " + Num(a.weight) + ")");
      if (*a.score < 1.0) {
        differs.push_back(a.name + " (" + CategoryText(a.source) + " vs " + CategoryText(a.target) +
                          ")");
      }
    } else {
      unknown.push_back(a.name);
    }
    out->profile.push_back(std::move(a));
  }
  auto join = [](const std::vector<std::string>& v, std::string_view sep) {
    std::string joined;
    for (const std::string& x : v) joined += (joined.empty() ? "" : std::string(sep)) + x;
    return joined;
  };
  d.source.present = !src_parts.empty();
  d.source.display = join(src_parts, "; ");
  d.source.provenance = Provenance::Derived("profile.vocabulary", p.source);
  d.target.present = !tgt_parts.empty();
  d.target.display = join(tgt_parts, "; ");
  d.target.provenance = Provenance::Derived("profile.vocabulary", p.source);
  if (!d.score) {
    d.unknown_reason =
        "no profile aspect (orientation, learning setting, assessment, participation, identity "
        "verification) is known on both sides";
    d.summary = "not assessed: " + d.unknown_reason;
    return;
  }
  const int assessed = internal::kProfileAspectCount - static_cast<int>(unknown.size());
  d.summary = std::to_string(assessed) + " of " + std::to_string(internal::kProfileAspectCount) +
              " aspects compared";
  d.summary += differs.empty() ? "; no difference" : "; differs in " + join(differs, ", ");
  if (!unknown.empty()) d.summary += "; not known on both sides: " + join(unknown, ", ");
}

// ---------------------------------------------------------------------------------------------

struct Occurrence {
  std::uint32_t key;
  float weight;  // outcome weight x weight inside the outcome
  int outcome;   // index into the credential's weighted outcomes
  int skill;     // index into the outcome's skills
};

struct OccurrenceList {
  std::vector<Occurrence> items;
  std::vector<int> offsets;  // per weighted outcome, into items; size = outcomes + 1
  bool any_local = false;
};

OccurrenceList Occurrences(const std::vector<internal::WeightedOutcome>& outcomes,
                           const ProfileBuilder& builder, const ScoringParams& p) {
  OccurrenceList list;
  std::vector<double> inside;
  list.offsets.push_back(0);
  for (std::size_t o = 0; o < outcomes.size(); ++o) {
    if (internal::SkillWeights(*outcomes[o].outcome, p.outcomes, &inside)) {
      for (std::size_t i = 0; i < inside.size(); ++i) {
        if (inside[i] <= 0.0) continue;
        const std::uint32_t key = builder.SkillKey(outcomes[o].outcome->skills[i].uri);
        if (key >= SkillSimilarity::kLocalIdBase) list.any_local = true;
        list.items.push_back(Occurrence{key, static_cast<float>(outcomes[o].weight * inside[i]),
                                        static_cast<int>(o), static_cast<int>(i)});
      }
    }
    list.offsets.push_back(static_cast<int>(list.items.size()));
  }
  return list;
}

// Wording evidence of one target outcome against the source's words (sorted): the weight of
// its shared words in the coverage (outcomes.wording x outcome weight x their weights), their
// share of the outcome's word weight, and the words when `shared` is not null.
struct SharedWords {
  double weight = 0.0;
  double share = 0.0;
};
SharedWords ShareWords(const internal::WeightedOutcome& o, std::span<const std::uint64_t> words,
                       const ScoringParams& p, std::vector<std::string>* shared) {
  SharedWords out;
  if (!(p.outcomes.wording > 0.0)) return out;
  double total = 0.0;
  for (const OutcomeTerm& term : o.outcome->terms) {
    if (!(term.weight > 0.0f)) continue;
    total += term.weight;
    if (!std::binary_search(words.begin(), words.end(), term.key)) continue;
    out.share += term.weight;
    // Rounded as the profile stores it (CredentialProfile::word_occurrence_weights), so that a
    // batch decision counts the same outcomes.
    out.weight += static_cast<double>(
        static_cast<float>(p.outcomes.wording * o.weight * static_cast<double>(term.weight)));
    if (shared != nullptr) shared->push_back(term.word);
  }
  if (total > 0.0) out.share /= total;
  return out;
}

void CompareOutcomes(const Credential& sc, const Credential& tc, const CredentialProfile& s,
                     const CredentialProfile& t, const ProfileBuilder& builder,
                     const ScoringParams& p, Comparison* out) {
  DimensionResult& d = out->dimensions[static_cast<std::size_t>(Dimension::kOutcomes)];
  d.method = "outcomes.asymmetric-coverage";
  const std::vector<internal::WeightedOutcome> so = internal::WeightOutcomes(sc);
  const std::vector<internal::WeightedOutcome> to = internal::WeightOutcomes(tc);
  auto side = [](const Credential& c, const std::vector<internal::WeightedOutcome>& list,
                 SideValue* v) {
    if (list.empty()) return;
    v->present = true;
    int skills = 0, mapped = 0;
    for (const auto& o : list) {
      skills += static_cast<int>(o.outcome->skills.size());
      mapped += o.outcome->skills.empty() ? 0 : 1;
    }
    v->display = Plural(static_cast<int>(list.size()), "outcome") + " (" + std::to_string(mapped) +
                 " with skills, " + Plural(skills, "skill") + ")";
    v->provenance = list.front().outcome->provenance;
    if (c.learning_outcomes.empty()) v->display += " from the credential's parts";
  };
  side(sc, so, &d.source);
  side(tc, to, &d.target);

  const OccurrenceList rows = Occurrences(to, builder, p);
  const OccurrenceList cols = Occurrences(so, builder, p);
  std::vector<std::vector<std::uint64_t>> source_words;
  for (std::size_t k = 0; k < so.size(); ++k) {
    source_words.push_back(internal::WordKeys(std::span(so).subspan(k, 1)));
  }
  const int nr = static_cast<int>(rows.items.size());
  const int nc = static_cast<int>(cols.items.size());
  std::vector<std::uint32_t> row_keys(rows.items.size()), col_keys(cols.items.size());
  std::vector<float> row_weights(rows.items.size()), col_weights(cols.items.size());
  for (int i = 0; i < nr; ++i) {
    row_keys[i] = rows.items[i].key;
    row_weights[i] = rows.items[i].weight;
  }
  for (int j = 0; j < nc; ++j) {
    col_keys[j] = cols.items[j].key;
    col_weights[j] = cols.items[j].weight;
  }
  // One target outcome at a time: memory stays (skills of one outcome) x (source skills) even
  // for very large credentials.
  std::vector<int> best_col(rows.items.size());
  std::vector<float> best_value(rows.items.size());
  const float floor = p.outcomes.min_similarity;
  std::vector<double> block(to.size() * so.size());
  std::vector<float> col_best(cols.items.size(), 0.0f);
  std::vector<float> sim, col_best_j(cols.items.size());
  for (std::size_t j = 0; j < to.size(); ++j) {
    const int r0 = rows.offsets[j], r1 = rows.offsets[j + 1];
    const int n = r1 - r0;
    if (n == 0) continue;
    sim.resize(static_cast<std::size_t>(n) * static_cast<std::size_t>(nc));
    internal::FillSimilarity(
        std::span(row_keys).subspan(static_cast<std::size_t>(r0), static_cast<std::size_t>(n)),
        col_keys, rows.any_local || cols.any_local, builder.similarity(), sim);
    internal::WeightedBestMatch(sim.data(), n, nc, row_weights.data() + r0, floor,
                                best_col.data() + r0, best_value.data() + r0);
    if (!so.empty()) {
      const std::vector<int> row_offsets = {0, n};
      internal::BlockCoverage(sim.data(), n, nc, row_offsets, cols.offsets, row_weights.data() + r0,
                              floor, block.data() + j * so.size());
    }
    if (nc > 0) {
      internal::ColumnBest(sim.data(), n, nc, floor, col_best_j.data());
      for (int c = 0; c < nc; ++c) {
        col_best[static_cast<std::size_t>(c)] = std::max(col_best[static_cast<std::size_t>(c)],
                                                         col_best_j[static_cast<std::size_t>(c)]);
      }
    }
  }

  // Identical texts, for outcomes without skills.
  auto find_text = [](const std::vector<internal::WeightedOutcome>& list, std::uint64_t h) {
    if (h == 0) return -1;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (internal::OutcomeTextHash(list[i].outcome->text) == h) return static_cast<int>(i);
    }
    return -1;
  };

  OutcomeCoverage& cov = out->outcomes;
  cov.matrix.assign(to.size(), std::vector<double>());
  for (std::size_t j = 0; j < to.size(); ++j) {
    const LearningOutcome& o = *to[j].outcome;
    TargetOutcomeResult r;
    r.index = static_cast<int>(j);
    r.id = o.id;
    r.text = o.text;
    r.weight = to[j].weight;
    r.weight_from = to[j].weight_from;
    const int r0 = rows.offsets[j], r1 = rows.offsets[j + 1];
    if (r1 > r0) {
      r.method = "skills";
      if (o.explained) r.explained = static_cast<double>(*o.explained);
      cov.matrix[j].assign(block.begin() + static_cast<std::ptrdiff_t>(j * so.size()),
                           block.begin() + static_cast<std::ptrdiff_t>((j + 1) * so.size()));
      double total = 0.0, covered = 0.0;
      double skill_total = 0.0;
      for (int i = r0; i < r1; ++i) skill_total += rows.items[static_cast<std::size_t>(i)].weight;
      // The words each source outcome alone shares join its cell of the matrix.
      if (!to[j].outcome->terms.empty()) {
        for (std::size_t k = 0; k < so.size(); ++k) {
          const SharedWords w = ShareWords(to[j], source_words[k], p, nullptr);
          if (w.weight > 0.0) {
            cov.matrix[j][k] =
                (cov.matrix[j][k] * skill_total + w.weight) / (skill_total + w.weight);
          }
        }
      }
      for (int i = r0; i < r1; ++i) {
        const Occurrence& occ = rows.items[static_cast<std::size_t>(i)];
        total += occ.weight;
        covered += static_cast<double>(occ.weight) * best_value[static_cast<std::size_t>(i)];
        const SkillRef& ref = o.skills[static_cast<std::size_t>(occ.skill)];
        SkillMatch m;
        m.target_uri = ref.uri;
        m.target_label = ref.label;
        m.weight = to[j].weight > 0.0 ? occ.weight / to[j].weight : 0.0;
        if (best_col[static_cast<std::size_t>(i)] >= 0) {
          const Occurrence& src =
              cols.items[static_cast<std::size_t>(best_col[static_cast<std::size_t>(i)])];
          const SkillRef& sref = so[static_cast<std::size_t>(src.outcome)]
                                     .outcome->skills[static_cast<std::size_t>(src.skill)];
          m.source_uri = sref.uri;
          m.source_label = sref.label;
          m.source_outcome = src.outcome;
          m.similarity = best_value[static_cast<std::size_t>(i)];
        }
        r.skills.push_back(std::move(m));
      }
      const SharedWords words = ShareWords(to[j], s.source_words, p, &r.shared_words);
      r.shared_word_share = words.share;
      covered += words.weight;
      total += words.weight;
      r.coverage = total > 0.0 ? covered / total : 0.0;
      double best = 0.0;
      for (std::size_t k = 0; k < so.size(); ++k) {
        if (cov.matrix[j][k] > best) {
          best = cov.matrix[j][k];
          r.best_source_outcome = static_cast<int>(k);
        }
      }
      r.status = *r.coverage >= p.outcomes.matched   ? OutcomeMatch::kMatched
                 : *r.coverage >= p.outcomes.partial ? OutcomeMatch::kPartial
                                                     : OutcomeMatch::kMissing;
    } else {
      const int same = find_text(so, internal::OutcomeTextHash(o.text));
      if (same >= 0) {
        r.method = "identical-text";
        r.coverage = 1.0;
        r.best_source_outcome = same;
        r.status = OutcomeMatch::kMatched;
      } else {
        r.method = "none";
        r.status = OutcomeMatch::kNotAssessed;
      }
    }
    switch (r.status) {
      case OutcomeMatch::kMatched: ++cov.matched; break;
      case OutcomeMatch::kPartial: ++cov.partial; break;
      case OutcomeMatch::kMissing: ++cov.missing; break;
      case OutcomeMatch::kNotAssessed: ++cov.not_assessed; break;
    }
    cov.target.push_back(std::move(r));
  }
  for (std::size_t i = 0; i < so.size(); ++i) {
    SourceOutcomeResult r;
    r.index = static_cast<int>(i);
    r.id = so[i].outcome->id;
    r.text = so[i].outcome->text;
    const int c0 = cols.offsets[i], c1 = cols.offsets[i + 1];
    if (c1 > c0) {
      double total = 0.0, covered = 0.0;
      for (int c = c0; c < c1; ++c) {
        total += cols.items[static_cast<std::size_t>(c)].weight;
        covered += static_cast<double>(cols.items[static_cast<std::size_t>(c)].weight) *
                   col_best[static_cast<std::size_t>(c)];
      }
      r.covered_by_target = total > 0.0 ? covered / total : 0.0;
      r.extra = *r.covered_by_target < p.outcomes.partial;
    } else if (find_text(to, internal::OutcomeTextHash(r.text)) >= 0) {
      r.covered_by_target = 1.0;
    }
    cov.source.push_back(std::move(r));
  }

  cov.explained = t.explained;
  if (cov.explained) AddFigure(&d, "explained", *cov.explained, kComputed);

  // internal::ScoreOutcomes, keeping both directions for the report.
  cov.target_coverage = internal::TargetCoverage(s, t, builder.similarity(), p);
  cov.reverse = p.outcomes.reverse;
  if (p.outcomes.reverse > 0.0) {
    cov.source_coverage = internal::TargetCoverage(t, s, builder.similarity(), p);
    AddFigure(&d, "reverse_weight", p.outcomes.reverse, p.outcomes.reverse_source);
    if (cov.target_coverage) AddFigure(&d, "target_coverage", *cov.target_coverage, kComputed);
    if (cov.source_coverage) AddFigure(&d, "source_coverage", *cov.source_coverage, kComputed);
  }
  d.score = internal::MixReverse(p.outcomes.reverse, cov.target_coverage, cov.source_coverage);
  if (p.outcomes.text > 0.0 && d.score) {
    const double cosine = internal::TextCosine(s, t);
    const double unexplained = internal::TextUnexplained(s, t);
    AddFigure(&d, "text_weight", p.outcomes.text, p.outcomes.text_source);
    AddFigure(&d, "text_similarity", cosine, kComputed);
    AddFigure(&d, "text_unexplained", unexplained, kComputed);
    cov.text_similarity = cosine;
    cov.text_unexplained = unexplained;
    cov.text_weight = p.outcomes.text;
    d.score = internal::AddTextSimilarity(p.outcomes.text, d.score, cosine, unexplained);
  }
  cov.coverage = d.score;
  AddFigure(&d, "min_similarity", p.outcomes.min_similarity,
            internal::ParamRef(p, "outcomes/min_similarity"));
  AddFigure(&d, "matched_threshold", p.outcomes.matched, internal::ParamRef(p, "outcomes/matched"));
  AddFigure(&d, "partial_threshold", p.outcomes.partial, internal::ParamRef(p, "outcomes/partial"));
  AddFigure(&d, "target_outcomes", static_cast<double>(to.size()), kComputed);
  AddFigure(&d, "matched", cov.matched, kComputed);
  AddFigure(&d, "partial", cov.partial, kComputed);
  AddFigure(&d, "missing", cov.missing, kComputed);
  AddFigure(&d, "not_assessed", cov.not_assessed, kComputed);
  if (!d.score) {
    if (to.empty()) {
      d.unknown_reason = "target states no learning outcomes";
    } else if (cov.not_assessed == static_cast<int>(to.size())) {
      d.unknown_reason =
          "no target outcome has ESCO skills (run the skill mapper) or an identical text in the "
          "source";
    } else {
      d.unknown_reason = "target outcomes carry no usable skill weight";
    }
    d.summary = "not assessed: " + d.unknown_reason;
    return;
  }
  int extra = 0;
  for (const SourceOutcomeResult& r : cov.source) extra += r.extra ? 1 : 0;
  AddFigure(&d, "extra_source_outcomes", extra, kComputed);
  d.summary = "coverage " + Num(*d.score);
  if (p.outcomes.reverse > 0.0 && cov.target_coverage && cov.source_coverage) {
    d.summary = "similarity " + Num(*d.score) + " (" + Num(1.0 - p.outcomes.reverse) +
                " x target covered " + Num(*cov.target_coverage) + " + " + Num(p.outcomes.reverse) +
                " x source covered " + Num(*cov.source_coverage) + ")";
  }
  if (cov.text_similarity && *cov.text_similarity > 0.0) {
    d.summary += ", raised by the wording similarity " + Num(*cov.text_similarity);
  }
  d.summary += ": ";
  d.summary += std::to_string(cov.matched) + " of " +
               Plural(static_cast<int>(to.size()), "target outcome") + " matched, " +
               std::to_string(cov.partial) + " partly, " + std::to_string(cov.missing) + " missing";
  if (cov.not_assessed > 0) d.summary += ", " + std::to_string(cov.not_assessed) + " not assessed";
  if (extra > 0) d.summary += "; " + Plural(extra, "extra source outcome");
}

}  // namespace

Comparison Compare(const Credential& source, const Credential& target,
                   const SkillSimilarity& similarity, const ScoringConfig& config) {
  const ScoringParams& p = config.params();
  ProfileBuilder builder(similarity, config);
  const CredentialProfile s = builder.Build(source);
  const CredentialProfile t = builder.Build(target);
  Comparison out;
  for (Dimension dim : kAllDimensions)
    out.dimensions[static_cast<std::size_t>(dim)].dimension = dim;
  CompareLevel(source, target, s, t, p, &out);
  CompareWorkload(source, target, s, t, p, &out);
  CompareOutcomes(source, target, s, t, builder, p, &out);
  CompareField(source, target, s, t, p, &out);
  CompareQuality(source, target, s, t, p, &out);
  CompareProfileDim(s, t, p, &out);
  std::array<std::optional<double>, kDimensionCount> scores;
  for (std::size_t i = 0; i < scores.size(); ++i) scores[i] = out.dimensions[i].score;
  out.weights = p.weights;
  out.weights_source = p.weights_source;
  out.overall = internal::OverallScore(scores, p.weights, &out.assessed_weight);
  out.similarity = similarity.Describe();
  out.config_source = p.source;
  return out;
}

namespace internal {

int CountOutcomesToBridge(const Credential& source, const Credential& target,
                          const ProfileBuilder& builder, const ScoringParams& p) {
  // The same occurrences, similarities and per-outcome coverage as CompareOutcomes, without the
  // evidence: only each target outcome's status is needed.
  const std::vector<WeightedOutcome> so = WeightOutcomes(source);
  const std::vector<WeightedOutcome> to = WeightOutcomes(target);
  const std::vector<std::uint64_t> source_words = WordKeys(so);
  const OccurrenceList rows = Occurrences(to, builder, p);
  const OccurrenceList cols = Occurrences(so, builder, p);
  std::vector<std::uint32_t> row_keys(rows.items.size()), col_keys(cols.items.size());
  std::vector<float> row_weights(rows.items.size());
  for (std::size_t i = 0; i < rows.items.size(); ++i) {
    row_keys[i] = rows.items[i].key;
    row_weights[i] = rows.items[i].weight;
  }
  // Each target skill's best similarity is a maximum over the source's skills: over the distinct
  // keys, sorted (the kernels' FillMatrix merge-joins sorted columns), it is the same value.
  for (std::size_t j = 0; j < cols.items.size(); ++j) col_keys[j] = cols.items[j].key;
  std::sort(col_keys.begin(), col_keys.end());
  col_keys.erase(std::unique(col_keys.begin(), col_keys.end()), col_keys.end());
  const int nc = static_cast<int>(col_keys.size());
  std::vector<int> best_col(rows.items.size());
  std::vector<float> best_value(rows.items.size());
  std::vector<float> sim;
  int count = 0;
  for (std::size_t j = 0; j < to.size(); ++j) {
    const int r0 = rows.offsets[j], r1 = rows.offsets[j + 1];
    const int n = r1 - r0;
    if (n == 0) continue;  // identical text or not assessed: never missing or partial
    sim.resize(static_cast<std::size_t>(n) * static_cast<std::size_t>(nc));
    FillSimilarity(
        std::span(row_keys).subspan(static_cast<std::size_t>(r0), static_cast<std::size_t>(n)),
        col_keys, rows.any_local || cols.any_local, builder.similarity(), sim);
    WeightedBestMatch(sim.data(), n, nc, row_weights.data() + r0, p.outcomes.min_similarity,
                      best_col.data() + r0, best_value.data() + r0);
    double total = 0.0, covered = 0.0;
    for (int i = r0; i < r1; ++i) {
      const Occurrence& occ = rows.items[static_cast<std::size_t>(i)];
      total += occ.weight;
      covered += static_cast<double>(occ.weight) * best_value[static_cast<std::size_t>(i)];
    }
    const double words = ShareWords(to[j], source_words, p, nullptr).weight;
    covered += words;
    total += words;
    const double coverage = total > 0.0 ? covered / total : 0.0;
    if (coverage < p.outcomes.matched) ++count;
  }
  return count;
}

}  // namespace internal

}  // namespace credmatch
