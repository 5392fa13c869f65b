//! QR codes for share links: byte mode, error correction level M (15 % of the code may be
//! damaged), versions 1 to 40, the mask chosen by the standard's penalty rules (ISO/IEC 18004).
//! Written for Parcours instead of the `qrcode` crate, which weighed 8 KB brotli more in the
//! wasm for the one use made of it (issue 7). After Project Nayuki's QR Code generator (MIT).
//! `tests/qr.rs` reads what it draws back with a QR decoder, at every version.

/// A QR code: `size` × `size` modules, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub version: usize,
    pub size: usize,
    pub modules: Vec<bool>,
}

impl Qr {
    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.modules[y * self.size + x]
    }
}

/// Error correction codewords per block at level M, by version (index 0 unused).
const ECC_PER_BLOCK: [u8; 41] = [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
/// Error correction blocks at level M, by version (index 0 unused).
const BLOCKS: [u8; 41] = [
    0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
    25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// Modules left for data and error correction once the function patterns are drawn.
fn raw_modules(version: usize) -> usize {
    let v = version;
    let mut n = (16 * v + 128) * v + 64;
    if v >= 2 {
        let align = v / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if v >= 7 {
            n -= 36;
        }
    }
    n
}

fn data_codewords(version: usize) -> usize {
    raw_modules(version) / 8 - usize::from(ECC_PER_BLOCK[version]) * usize::from(BLOCKS[version])
}

/// Bits for the length of the text in byte mode.
fn count_bits(version: usize) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

/// The most bytes a code of `version` (1 to 40) holds.
pub fn capacity(version: usize) -> usize {
    (8 * data_codewords(version) - 4 - count_bits(version)) / 8
}

/// The QR code of `data`, in the smallest version that holds it; `None` beyond version 40
/// (2,331 bytes).
pub fn encode(data: &[u8]) -> Option<Qr> {
    let version = (1..=40).find(|&v| data.len() <= capacity(v))?;
    // Mode « byte » (0100), the length, the bytes, then the terminator and the padding.
    let mut bits = Bits::default();
    bits.push(0b0100, 4);
    bits.push(data.len() as u32, count_bits(version));
    for &b in data {
        bits.push(b.into(), 8);
    }
    let capacity = 8 * data_codewords(version);
    bits.push(0, (capacity - bits.len).min(4));
    bits.push(0, (8 - bits.len % 8) % 8);
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bits.len >= capacity {
            break;
        }
        bits.push(pad, 8);
    }
    let codewords = with_error_correction(version, &bits.bytes);
    let mut q = Canvas::new(version);
    q.function_patterns();
    q.codewords(&codewords);
    // The mask that leaves the fewest patterns a reader could mistake.
    let mask = (0..8)
        .min_by_key(|&m| {
            q.mask(m);
            q.format_bits(m);
            let score = q.penalty();
            q.mask(m);
            score
        })
        .unwrap_or(0);
    q.mask(mask);
    q.format_bits(mask);
    Some(Qr {
        version,
        size: q.size,
        modules: q.modules,
    })
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                if let Some(last) = self.bytes.last_mut() {
                    *last |= 0x80 >> (self.len % 8);
                }
            }
            self.len += 1;
        }
    }
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from((y >> i) & 1) * u16::from(x);
    }
    z as u8
}

/// The data split into blocks, each followed by its Reed-Solomon codewords, interleaved.
fn with_error_correction(version: usize, data: &[u8]) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version]);
    let ecc = usize::from(ECC_PER_BLOCK[version]);
    let raw = raw_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_len = raw / blocks;
    // The generator polynomial's coefficients, highest degree first (its leading 1 left out).
    let mut divisor = vec![0u8; ecc];
    divisor[ecc - 1] = 1;
    let mut root = 1u8;
    for _ in 0..ecc {
        for j in 0..ecc {
            divisor[j] = gf_mul(divisor[j], root);
            if j + 1 < ecc {
                divisor[j] ^= divisor[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    let mut all: Vec<Vec<u8>> = Vec::with_capacity(blocks);
    let mut at = 0;
    for i in 0..blocks {
        let len = short_len - ecc + usize::from(i >= short_blocks);
        let mut block = data[at..at + len].to_vec();
        at += len;
        let mut rem = vec![0u8; ecc];
        for &b in &block {
            let factor = b ^ rem[0];
            rem.remove(0);
            rem.push(0);
            for (r, &d) in rem.iter_mut().zip(&divisor) {
                *r ^= gf_mul(d, factor);
            }
        }
        if i < short_blocks {
            // A place holder, so that every block has the same length; left out below.
            block.push(0);
        }
        block.extend(rem);
        all.push(block);
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..all[0].len() {
        for (j, block) in all.iter().enumerate() {
            if i != short_len - ecc || j >= short_blocks {
                out.push(block[i]);
            }
        }
    }
    out
}

/// The 15 format bits: level M (00), the mask, their BCH code, masked by 101010000010010.
fn format_word(mask: usize) -> u32 {
    let data = mask as u32;
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    (data << 10 | rem) ^ 0x5412
}

/// The 18 version bits (versions 7 and up): the version and its BCH code.
fn version_word(version: usize) -> u32 {
    let mut rem = version as u32;
    for _ in 0..12 {
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
    }
    (version as u32) << 12 | rem
}

struct Canvas {
    version: usize,
    size: usize,
    modules: Vec<bool>,
    function: Vec<bool>,
}

impl Canvas {
    fn new(version: usize) -> Canvas {
        let size = 4 * version + 17;
        Canvas {
            version,
            size,
            modules: vec![false; size * size],
            function: vec![false; size * size],
        }
    }
    fn set(&mut self, x: usize, y: usize, dark: bool) {
        self.modules[y * self.size + x] = dark;
        self.function[y * self.size + x] = true;
    }
    fn alignment_positions(&self) -> Vec<usize> {
        if self.version == 1 {
            return Vec::new();
        }
        let n = self.version / 7 + 2;
        let step = if self.version == 32 {
            26
        } else {
            (self.version * 4 + n * 2 + 1) / (n * 2 - 2) * 2
        };
        let mut at: Vec<usize> = (0..n - 1).map(|i| self.size - 7 - i * step).collect();
        at.push(6);
        at.reverse();
        at
    }
    fn function_patterns(&mut self) {
        let size = self.size;
        for i in 0..size {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            // The finder pattern and its light border, cut at the edges.
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (xx, yy) = (x as i32 + dx, y as i32 + dy);
                    if (0..size as i32).contains(&xx) && (0..size as i32).contains(&yy) {
                        let d = dx.abs().max(dy.abs());
                        self.set(xx as usize, yy as usize, d != 2 && d != 4);
                    }
                }
            }
        }
        let at = self.alignment_positions();
        let n = at.len();
        for i in 0..n {
            for j in 0..n {
                // Not over the finder patterns.
                if (i == 0 && (j == 0 || j == n - 1)) || (i == n - 1 && j == 0) {
                    continue;
                }
                for dy in -2i32..=2 {
                    for dx in -2i32..=2 {
                        let d = dx.abs().max(dy.abs());
                        let (x, y) = (at[i] as i32 + dx, at[j] as i32 + dy);
                        self.set(x as usize, y as usize, d != 1);
                    }
                }
            }
        }
        // Reserved now, written once the mask is chosen.
        self.format_bits(0);
        if self.version >= 7 {
            let bits = version_word(self.version);
            for i in 0..18 {
                let dark = (bits >> i) & 1 == 1;
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set(a, b, dark);
                self.set(b, a, dark);
            }
        }
    }
    /// Level M (00) and the mask, with their BCH code, in both places.
    fn format_bits(&mut self, mask: usize) {
        let bits = format_word(mask);
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
        self.set(8, size - 8, true);
    }
    /// The codewords' bits, in two-module columns from the right, up then down.
    fn codewords(&mut self, data: &[u8]) {
        let size = self.size;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            for vert in 0..size {
                for j in 0..2 {
                    let x = right - j;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { size - 1 - vert } else { vert };
                    if !self.function[y * size + x] && i < data.len() * 8 {
                        self.modules[y * size + x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }
    /// Inverts the data modules where mask `m` says so (twice undoes it).
    fn mask(&mut self, m: usize) {
        for y in 0..self.size {
            for x in 0..self.size {
                let invert = match m {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let k = y * self.size + x;
                if invert && !self.function[k] {
                    self.modules[k] = !self.modules[k];
                }
            }
        }
    }
    /// The standard's four penalties: long runs, 2 × 2 blocks, finder-like patterns, and an
    /// unbalanced share of dark modules.
    fn penalty(&self) -> usize {
        let size = self.size;
        let at = |x: usize, y: usize| self.modules[y * size + x];
        let mut score = 0;
        for horizontal in [true, false] {
            for a in 0..size {
                let line: Vec<bool> = (0..size)
                    .map(|b| if horizontal { at(b, a) } else { at(a, b) })
                    .collect();
                let mut run = 1;
                for b in 1..=size {
                    if b < size && line[b] == line[b - 1] {
                        run += 1;
                    } else {
                        if run >= 5 {
                            score += run - 2;
                        }
                        run = 1;
                    }
                }
                // 1:1:3:1:1 with four light modules on one side (the edge counts as light).
                let pattern = [true, false, true, true, true, false, true];
                let light = |b: isize| b < 0 || b >= size as isize || !line[b as usize];
                for b in 0..size.saturating_sub(6) {
                    if (0..7).all(|k| line[b + k] == pattern[k]) {
                        let b = b as isize;
                        if (1..=4).all(|k| light(b - k)) || (1..=4).all(|k| light(b + 6 + k)) {
                            score += 40;
                        }
                    }
                }
            }
        }
        for y in 0..size - 1 {
            for x in 0..size - 1 {
                let c = at(x, y);
                if c == at(x + 1, y) && c == at(x, y + 1) && c == at(x + 1, y + 1) {
                    score += 3;
                }
            }
        }
        let total = size * size;
        let dark = self.modules.iter().filter(|&&d| d).count();
        // Each 5 % away from half dark costs 10.
        let k = (dark * 20)
            .abs_diff(total * 10)
            .div_ceil(total)
            .saturating_sub(1);
        score + k * 10
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_holds_what_the_standard_says_at_level_m() {
        // Byte capacity at level M (ISO/IEC 18004, table 7), a few versions.
        for (v, bytes) in [
            (1, 14),
            (2, 26),
            (5, 84),
            (7, 122),
            (10, 213),
            (20, 666),
            (40, 2331),
        ] {
            assert_eq!(capacity(v), bytes);
            let fits = |n: usize| encode(&vec![b'a'; n]).map(|q| q.version);
            assert_eq!(fits(bytes), Some(v), "{bytes} bytes");
            if v < 40 {
                assert_eq!(fits(bytes + 1), Some(v + 1), "{} bytes", bytes + 1);
            }
        }
        assert_eq!(encode(&[b'a'; 2332]), None);
    }

    #[test]
    fn format_and_version_words_are_the_standards() {
        // ISO/IEC 18004, annexes C and D: level M with masks 0 to 7; versions 7 and 40.
        let words = [
            0b101010000010010,
            0b101000100100101,
            0b101111001111100,
            0b101101101001011,
            0b100010111111001,
            0b100000011001110,
            0b100111110010111,
            0b100101010100000,
        ];
        for (mask, word) in words.into_iter().enumerate() {
            assert_eq!(format_word(mask), word, "mask {mask}");
        }
        assert_eq!(version_word(7), 0b000111110010010100);
        assert_eq!(version_word(40), 0b101000110001101001);
        // Both copies of the format word are drawn, and the version's two blocks.
        let q = encode(&[b'x'; 200]).unwrap();
        let first: u32 = (0..15)
            .map(|i| {
                let (x, y) = match i {
                    0..=5 => (8, i),
                    6 => (8, 7),
                    7 => (8, 8),
                    8 => (7, 8),
                    _ => (14 - i, 8),
                };
                u32::from(q.dark(x, y)) << i
            })
            .sum();
        let second: u32 = (0..15)
            .map(|i| {
                let (x, y) = if i < 8 {
                    (q.size - 1 - i, 8)
                } else {
                    (8, q.size - 15 + i)
                };
                u32::from(q.dark(x, y)) << i
            })
            .sum();
        assert!(words.contains(&first), "{first:015b}");
        assert_eq!(first, second);
        let version: u32 = (0..18)
            .map(|i| u32::from(q.dark(q.size - 11 + i % 3, i / 3)) << i)
            .sum();
        assert_eq!(version, version_word(q.version));
    }

    #[test]
    fn finder_and_timing_patterns_are_where_readers_look() {
        let q = encode(b"https://example.org/parcours/?v=1").unwrap();
        assert_eq!(q.size, 4 * q.version + 17);
        for (x, y) in [(0, 0), (q.size - 7, 0), (0, q.size - 7)] {
            // The finder's dark ring and center, light ring between them.
            assert!(q.dark(x, y) && q.dark(x + 6, y + 6) && q.dark(x + 3, y + 3));
            assert!(!q.dark(x + 1, y + 1) && !q.dark(x + 5, y + 5));
        }
        for i in 8..q.size - 8 {
            assert_eq!(q.dark(i, 6), i % 2 == 0);
            assert_eq!(q.dark(6, i), i % 2 == 0);
        }
        // The dark module beside the bottom-left finder.
        assert!(q.dark(8, q.size - 8));
    }
}
