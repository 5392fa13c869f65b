//! The app's QR codes, read back by a QR decoder (rqrr): every version, level M, any bytes.

use parcours::ui::share::qr_code;
use proptest::prelude::*;

/// A code as the app draws it: its version, its side in modules, and which are dark.
#[derive(Debug)]
struct Qr {
    version: usize,
    size: usize,
    modules: Vec<bool>,
}

fn encode(data: &[u8]) -> Option<Qr> {
    let code = qr_code(data)?;
    let size = code.size();
    Some(Qr {
        version: usize::from(code.version().value()),
        size: size as usize,
        modules: (0..size * size)
            .map(|i| code.get_module(i % size, i / size))
            .collect(),
    })
}

/// The most bytes a code of `version` holds at level M, by the standard's table (ISO/IEC 18004,
/// byte mode): what the app must fit before taking the next version.
fn capacity(version: usize) -> usize {
    const BYTES_M: [usize; 40] = [
        14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624,
        666, 711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809,
        1911, 1989, 2099, 2213, 2331,
    ];
    BYTES_M[version - 1]
}

/// What a phone's camera would see: each module 3 pixels wide, with the 4-module quiet zone.
fn read_back(q: &Qr) -> Result<(usize, Vec<u8>), String> {
    const SCALE: usize = 3;
    let side = (q.size + 8) * SCALE;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = ((x / SCALE) as isize - 4, (y / SCALE) as isize - 4);
        let inside = (0..q.size as isize).contains(&mx) && (0..q.size as isize).contains(&my);
        if inside && q.modules[my as usize * q.size + mx as usize] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    let grid = grids.first().ok_or("no code found")?;
    let mut bytes = Vec::new();
    let meta = grid.decode_to(&mut bytes).map_err(|e| e.to_string())?;
    // Level M is written 00 in the format bits.
    if meta.ecc_level != 0 {
        return Err(format!("level {}", meta.ecc_level));
    }
    Ok((meta.version.0, bytes))
}

#[test]
fn every_version_reads_back() {
    // The longest text of each version, from 14 bytes (version 1) to 2,331 (version 40).
    for v in 1..=40 {
        let text: Vec<u8> = (0..capacity(v))
            .map(|i| b"parcours?v=1&blocs=mn-ccp1"[i % 26])
            .collect();
        let q = encode(&text).unwrap();
        assert_eq!(q.version, v);
        assert_eq!(read_back(&q), Ok((v, text)), "version {v}");
    }
    // One byte more needs the next version; none holds more than 2,331.
    assert_eq!(encode(&[b'x'; 107]).map(|q| q.version), Some(7));
    assert!(encode(&[b'x'; 2332]).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_link_reads_back(text in "https://[a-z.]{4,20}/[a-z/]{0,12}\\?v=1(&[a-z]{3,12}=[a-z0-9,:%-]{1,30}){0,24}") {
        let q = encode(text.as_bytes()).unwrap();
        prop_assert_eq!(read_back(&q), Ok((q.version, text.into_bytes())));
    }

    #[test]
    fn any_bytes_read_back(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let q = encode(&bytes).unwrap();
        prop_assert_eq!(read_back(&q), Ok((q.version, bytes)));
    }
}
