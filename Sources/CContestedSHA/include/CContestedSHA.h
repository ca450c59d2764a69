// The project's only C: the SHA-256 compression function on the CPU's SHA extensions (x86 SHA-NI).
// Swift cannot name these instructions; everything else stays in Swift, and the portable Swift SHA-256
// (ContestedKit/Support/SHA256.swift) is used wherever the extensions are missing.
#ifndef CCONTESTEDSHA_H
#define CCONTESTEDSHA_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU executes the SHA extensions (and the SSSE3/SSE4.1 shuffles they need), else 0.
/// Always 0 on processors other than x86-64.
int contested_sha256_hardware_available(void);

#if defined(__x86_64__)
/// Compresses `blocks` consecutive 64-byte blocks at `data` (any alignment) into the eight hash words
/// `state` (H0...H7, host order). Call only when contested_sha256_hardware_available() returned 1.
void contested_sha256_compress_hardware(uint32_t state[8], const uint8_t *data, size_t blocks);
#endif

#endif
