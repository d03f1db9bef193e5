#include "CCRC32C.h"

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <nmmintrin.h>
#endif

// Reflected Castagnoli polynomial.
#define CRC32C_POLY 0x82F63B78u

static uint32_t crc32c_tables[8][256];
static int crc32c_hardware = -1;

__attribute__((constructor)) static void crc32c_init(void) {
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t crc = n;
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (CRC32C_POLY & (0u - (crc & 1u)));
        crc32c_tables[0][n] = crc;
    }
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t crc = crc32c_tables[0][n];
        for (int k = 1; k < 8; k++) {
            crc = crc32c_tables[0][crc & 0xff] ^ (crc >> 8);
            crc32c_tables[k][n] = crc;
        }
    }
#if defined(__x86_64__)
    unsigned int eax, ebx, ecx, edx;
    crc32c_hardware = (__get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_SSE4_2)) ? 1 : 0;
#else
    crc32c_hardware = 0;
#endif
}

int kafka_crc32c_has_hardware(void) {
    if (crc32c_hardware < 0) crc32c_init();
    return crc32c_hardware;
}

uint32_t kafka_crc32c_portable(uint32_t crc, const void *data, size_t length) {
    const unsigned char *bytes = (const unsigned char *)data;
    crc = ~crc;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, bytes, 8);  // little-endian load; this path assumes a little-endian host
        uint32_t low = (uint32_t)word ^ crc;
        uint32_t high = (uint32_t)(word >> 32);
        crc = crc32c_tables[7][low & 0xff] ^ crc32c_tables[6][(low >> 8) & 0xff] ^
              crc32c_tables[5][(low >> 16) & 0xff] ^ crc32c_tables[4][low >> 24] ^
              crc32c_tables[3][high & 0xff] ^ crc32c_tables[2][(high >> 8) & 0xff] ^
              crc32c_tables[1][(high >> 16) & 0xff] ^ crc32c_tables[0][high >> 24];
        bytes += 8;
        length -= 8;
    }
    while (length--) crc = crc32c_tables[0][(crc ^ *bytes++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

#if defined(__x86_64__)
// Three independent streams hide the 3-cycle latency of the crc32 instruction; the partial
// results are merged by shifting them over the bytes that follow (multiplication by x^(8*n)
// in GF(2), done with the portable zero-extension below). Blocks are large enough that the
// merge cost is small against the block.
#define CRC32C_BLOCK 4096

__attribute__((target("sse4.2"))) static uint32_t crc32c_hw_serial(uint32_t crc, const unsigned char *bytes,
                                                                    size_t length) {
    uint64_t crc64 = crc;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, bytes, 8);
        crc64 = _mm_crc32_u64(crc64, word);
        bytes += 8;
        length -= 8;
    }
    crc = (uint32_t)crc64;
    while (length--) crc = _mm_crc32_u8(crc, *bytes++);
    return crc;
}

// Multiplication modulo the polynomial in the reflected domain, for the stream merge.
static uint32_t gf2_multiply(uint32_t a, uint32_t b) {
    uint32_t product = 0;
    for (int i = 0; i < 32; i++) {
        if (a & 0x80000000u) product ^= b;
        a <<= 1;
        b = (b >> 1) ^ (CRC32C_POLY & (0u - (b & 1u)));
    }
    return product;
}

// x^(8*bytes) modulo the polynomial, reflected: the factor that shifts a CRC over `bytes` zeros.
static uint32_t shift_factor(size_t bytes) {
    uint32_t result = 0x80000000u;      // x^0
    uint32_t power = 0x00800000u;       // x^8
    while (bytes) {
        if (bytes & 1) result = gf2_multiply(result, power);
        power = gf2_multiply(power, power);
        bytes >>= 1;
    }
    return result;
}

static uint32_t block_shift = 0;

__attribute__((target("sse4.2"))) uint32_t kafka_crc32c_hardware(uint32_t crc, const void *data, size_t length) {
    const unsigned char *bytes = (const unsigned char *)data;
    crc = ~crc;
    if (length >= 3 * CRC32C_BLOCK) {
        if (block_shift == 0) block_shift = shift_factor(CRC32C_BLOCK);
        while (length >= 3 * CRC32C_BLOCK) {
            uint64_t a = crc, b = 0, c = 0;
            for (size_t i = 0; i < CRC32C_BLOCK; i += 8) {
                uint64_t wa, wb, wc;
                memcpy(&wa, bytes + i, 8);
                memcpy(&wb, bytes + CRC32C_BLOCK + i, 8);
                memcpy(&wc, bytes + 2 * CRC32C_BLOCK + i, 8);
                a = _mm_crc32_u64(a, wa);
                b = _mm_crc32_u64(b, wb);
                c = _mm_crc32_u64(c, wc);
            }
            crc = gf2_multiply((uint32_t)a, block_shift) ^ (uint32_t)b;
            crc = gf2_multiply(crc, block_shift) ^ (uint32_t)c;
            bytes += 3 * CRC32C_BLOCK;
            length -= 3 * CRC32C_BLOCK;
        }
    }
    return ~crc32c_hw_serial(crc, bytes, length);
}
#else
uint32_t kafka_crc32c_hardware(uint32_t crc, const void *data, size_t length) {
    return kafka_crc32c_portable(crc, data, length);
}
#endif

uint32_t kafka_crc32c(uint32_t crc, const void *data, size_t length) {
    if (kafka_crc32c_has_hardware()) return kafka_crc32c_hardware(crc, data, length);
    return kafka_crc32c_portable(crc, data, length);
}
