// Merging the matches of two searches (mapping module internals). Not part of the stored index's
// source stamp: it decides nothing the index holds.
#pragma once

#include <vector>

#include "credmatch/mapping.hpp"

namespace credmatch::internal::mapping {

// Merges the matches of a second search of the same text (or of a part of it) into `into`: a
// concept found by both keeps its better match (the first on equal scores), then all are ordered
// by descending score, stably. Used for the English-terms pass (search.cpp) and for the
// statements of an outcome (MapCredentialSkills).
void MergeBetterMatches(std::vector<ConceptMatch>& into, std::vector<ConceptMatch> more);

}  // namespace credmatch::internal::mapping
