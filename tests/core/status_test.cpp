#include "credmatch/status.hpp"

#include <gtest/gtest.h>

namespace credmatch {
namespace {

StatusOr<int> Half(int x) {
  if (x % 2 != 0) return InvalidArgumentError("odd: " + std::to_string(x));
  return x / 2;
}

StatusOr<int> Quarter(int x) {
  CREDMATCH_ASSIGN_OR_RETURN(int half, Half(x));
  CREDMATCH_ASSIGN_OR_RETURN(int quarter, Half(half));
  return quarter;
}

TEST(StatusTest, OkAndErrorStrings) {
  EXPECT_TRUE(Status::Ok().ok());
  EXPECT_EQ(Status::Ok().ToString(), "ok");
  Status s = InvalidDataError("cred.json: /title: expected a string");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "invalid data: cred.json: /title: expected a string");
  EXPECT_EQ(s.WithPrefix("batch line 3").message(),
            "batch line 3: cred.json: /title: expected a string");
}

TEST(StatusTest, AssignOrReturnPropagates) {
  EXPECT_EQ(*Quarter(8), 2);
  StatusOr<int> r = Quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "odd: 3");
}

TEST(StatusTest, StatusOrFromOkStatusIsInternalError) {
  StatusOr<int> r{Status::Ok()};
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInternal);
}

}  // namespace
}  // namespace credmatch
