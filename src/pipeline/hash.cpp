#include <openssl/evp.h>

#include <memory>

#include "newsgraph/pipeline/input.hpp"

namespace newsgraph::pipeline {

namespace {

// The digest's implementation, looked up once: EVP_sha256() would have OpenSSL 3 fetch it
// from its providers at every call, which costs as much as hashing a short article.
struct Sha256 {
  std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md{EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free};
};

const EVP_MD* sha256() {
  static const Sha256 algorithm;
  return algorithm.md ? algorithm.md.get() : EVP_sha256();
}

// A context per thread, kept between digests: EVP_Digest would make and free one at every
// call, and with it the digest's own state.
EVP_MD_CTX* context() {
  thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
  return ctx.get();
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_MD_CTX* ctx = context();
  if (ctx == nullptr || EVP_DigestInit_ex(ctx, sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx, bytes.data(), bytes.size()) != 1 || EVP_DigestFinal_ex(ctx, digest, &length) != 1)
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, sha256(), nullptr);
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex(2 * static_cast<std::size_t>(length), '0');
  for (unsigned int i = 0; i < length; ++i) {
    hex[2 * i] = digits[digest[i] >> 4U];
    hex[2 * i + 1] = digits[digest[i] & 0x0FU];
  }
  return hex;
}

}  // namespace newsgraph::pipeline
