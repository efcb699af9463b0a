// Context re-ranking with the skill graph: skills that co-occur in occupations support each other.
#include <algorithm>
#include <cmath>
#include <vector>

#include "mapping/index.hpp"

namespace credmatch {
namespace {

class CooccurrenceReranker : public ContextReranker {
 public:
  CooccurrenceReranker(SkillMapper mapper, double weight)
      : mapper_(std::move(mapper)), weight_(weight) {}

  void Rerank(std::vector<ConceptMatch>& candidates) const override {
    constexpr std::size_t kContext = 10;
    std::vector<std::vector<ConceptId>> occupations(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
      occupations[i] = mapper_.SkillOccupations(candidates[i].concept_id);
    const std::size_t context = std::min(kContext, candidates.size());
    std::vector<double> support(candidates.size(), 0.0);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      double total = 0.0, sum = 0.0;
      for (std::size_t j = 0; j < context; ++j) {
        if (j == i) continue;
        total += candidates[j].score;
        if (occupations[i].empty() || occupations[j].empty()) continue;
        std::size_t shared = 0;
        auto a = occupations[i].begin(), b = occupations[j].begin();
        while (a != occupations[i].end() && b != occupations[j].end()) {
          if (a->value() < b->value()) {
            ++a;
          } else if (b->value() < a->value()) {
            ++b;
          } else {
            ++shared;
            ++a;
            ++b;
          }
        }
        // Cosine of the two occupation sets: generic skills needed everywhere do not dominate.
        double cosine =
            static_cast<double>(shared) / std::sqrt(static_cast<double>(occupations[i].size()) *
                                                    static_cast<double>(occupations[j].size()));
        sum += candidates[j].score * cosine;
      }
      support[i] = total > 0.0 ? sum / total : 0.0;
    }
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      double s = candidates[i].score * (1.0 - weight_) + weight_ * std::min(1.0, support[i]);
      candidates[i].score = std::clamp(s, 0.0, 1.0);
    }
  }

 private:
  SkillMapper mapper_;
  double weight_;
};

}  // namespace

std::unique_ptr<ContextReranker> MakeCooccurrenceReranker(const SkillMapper& mapper,
                                                          double weight) {
  return std::make_unique<CooccurrenceReranker>(mapper, std::clamp(weight, 0.0, 1.0));
}

}  // namespace credmatch
