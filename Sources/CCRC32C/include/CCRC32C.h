#ifndef CCRC32C_H
#define CCRC32C_H

#include <stddef.h>
#include <stdint.h>

/// CRC-32C (Castagnoli), as Kafka's record batches use it (Kafka Crc32C.java).
/// `crc` is the running checksum: pass 0 to start, and the previous result to continue.
/// Dispatches to the SSE4.2 `crc32` instruction when the CPU has it.
uint32_t kafka_crc32c(uint32_t crc, const void *data, size_t length);

/// The portable slicing-by-8 implementation, exposed so tests can check it against the
/// hardware path on the same inputs.
uint32_t kafka_crc32c_portable(uint32_t crc, const void *data, size_t length);

/// The hardware implementation; only valid to call when `kafka_crc32c_has_hardware()` is 1.
uint32_t kafka_crc32c_hardware(uint32_t crc, const void *data, size_t length);

/// 1 when this CPU has the SSE4.2 CRC32 instruction (x86-64 only), else 0.
int kafka_crc32c_has_hardware(void);

#endif
