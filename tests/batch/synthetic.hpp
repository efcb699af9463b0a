// A synthetic catalogue and kernel for the batch tests, generated from a fixed seed: skills of a
// made-up vocabulary in clusters ("occupations"), a random sparse kernel over them, credentials
// built from a cluster's skills with noise, outcomes without skills from a pool of phrases (for
// identical-text matches), and a mix of levels, workloads and fields.
#pragma once

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "credmatch/batch.hpp"

namespace credmatch::testing {

inline std::string SkillUri(int i) { return "urn:test:skill:" + std::to_string(i); }

struct SyntheticKernel {
  std::vector<std::string> uris;
  std::vector<std::vector<SkillNeighbour>> lists;  // each pair once (from the lower id)
};

inline SyntheticKernel MakeKernel(int skills, int neighbours, unsigned seed) {
  std::mt19937 rng(seed);
  SyntheticKernel k;
  for (int i = 0; i < skills; ++i) k.uris.push_back(SkillUri(i));
  k.lists.resize(static_cast<std::size_t>(skills));
  std::set<std::pair<int, int>> seen;
  std::uniform_int_distribution<int> pick(0, skills - 1);
  std::uniform_real_distribution<float> sim(0.3f, 0.95f);
  for (int i = 0; i < skills; ++i) {
    for (int n = 0; n < neighbours; ++n) {
      const int j = pick(rng);
      const int a = std::min(i, j), b = std::max(i, j);
      if (a == b || !seen.insert({a, b}).second) continue;
      k.lists[static_cast<std::size_t>(a)].push_back(
          {static_cast<std::uint32_t>(b), std::round(sim(rng) * 100.0f) / 100.0f});
    }
  }
  return k;
}

// Native JSON lines, one credential each. `prefix` names the ids ("S", "T").
inline std::vector<std::string> MakeCatalogue(int n, int skills, const std::string& prefix,
                                              unsigned seed) {
  static const char* kPhrases[] = {"Work safely in a laboratory.", "Write a short report.",
                                   "Present results orally.",      "Plan a small project.",
                                   "Reflect on own practice.",     "Use a library catalogue."};
  std::mt19937 rng(seed);
  const int clusters = 25;
  std::mt19937 cluster_rng(1234);  // the same clusters for every catalogue
  std::vector<std::vector<int>> cluster(clusters);
  std::uniform_int_distribution<int> any_skill(0, skills - 1);
  for (auto& c : cluster) {
    for (int i = 0; i < 12; ++i) c.push_back(any_skill(cluster_rng));
  }
  const int levels[] = {5, 6, 6, 7};
  const int ects[] = {3, 5, 5, 6, 10};
  const char* fields[] = {"0613", "0612", "0542", "0413", "0913"};
  std::vector<std::string> lines;
  for (int i = 0; i < n; ++i) {
    const auto& c = cluster[static_cast<std::size_t>(rng() % clusters)];
    std::string outcomes;
    auto add = [&outcomes](const std::string& o) {
      if (!outcomes.empty()) outcomes += ",";
      outcomes += o;
    };
    if (rng() % 10 != 0) {  // 10% have no skills at all
      const int count = 2 + static_cast<int>(rng() % 5);
      for (int k = 0; k < count; ++k) {
        std::string list = "\"" + SkillUri(c[rng() % c.size()]) + "\"";
        if (rng() % 3 == 0) list += ",\"" + SkillUri(c[rng() % c.size()]) + "\"";
        if (rng() % 5 == 0) list += ",\"" + SkillUri(any_skill(rng)) + "\"";
        add("{\"text\":\"Outcome " + std::to_string(k) + " of " + prefix + std::to_string(i) +
            "\",\"skills\":[" + list + "]}");
      }
    }
    if (rng() % 3 == 0) add(std::string("\"") + kPhrases[rng() % 6] + "\"");
    std::string line = "{\"id\":\"" + prefix + std::to_string(i) + "\",\"title\":\"Course " +
                       std::to_string(i) + "\",\"language\":\"en\"";
    if (rng() % 8 != 0) line += ",\"level\":" + std::to_string(levels[rng() % 4]);
    if (rng() % 8 != 0) line += ",\"workload\":" + std::to_string(ects[rng() % 5]);
    if (rng() % 2 == 0) line += std::string(",\"field\":\"") + fields[rng() % 5] + "\"";
    line += ",\"learningOutcomes\":[" + outcomes + "]}";
    lines.push_back(line);
  }
  return lines;
}

// Without outcome words (ReadLines maps the texts with the demo taxonomy, which sets some).
inline std::vector<Credential> WithoutWords(std::vector<Credential> credentials) {
  for (Credential& c : credentials) {
    for (LearningOutcome& o : c.learning_outcomes) o.terms.clear();
  }
  return credentials;
}

// Gives every outcome 1-6 words (LearningOutcome::terms, as skill mapping would) of an 80-word
// vocabulary in which low numbers are common, with random weights summing to 1 per outcome.
inline std::vector<Credential> WithWords(std::vector<Credential> credentials, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> weight(0.1f, 1.0f);
  for (Credential& c : credentials) {
    for (LearningOutcome& o : c.learning_outcomes) {
      o.terms.clear();
      const int n = 1 + static_cast<int>(rng() % 6);
      float sum = 0.0f;
      for (int k = 0; k < n; ++k) {
        const std::string word = "w" + std::to_string(std::min(rng() % 80, rng() % 80));
        const std::uint64_t key = OutcomeTermKey(word);
        bool seen = false;
        for (const OutcomeTerm& t : o.terms) seen = seen || t.key == key;
        if (seen) continue;
        o.terms.push_back({word, key, weight(rng)});
        sum += o.terms.back().weight;
      }
      for (OutcomeTerm& t : o.terms) t.weight /= sum;
      // How much of the words the skills stand for (the wording similarity counts the rest).
      o.explained = static_cast<float>(rng() % 5) / 4.0f;
    }
  }
  return credentials;
}

}  // namespace credmatch::testing
