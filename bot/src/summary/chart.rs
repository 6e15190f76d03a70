//! A small consumption chart: one bar per day, how many times something was used. Drawn
//! with plotters into an RGB buffer and encoded as PNG; it has no text, so it needs no fonts.

use plotters::prelude::*;

const WIDTH: u32 = 480;
const HEIGHT: u32 = 200;
const MARGIN: i32 = 12;

#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("drawing failed: {0}")]
    Draw(String),
    #[error("PNG encoding failed: {0}")]
    Encode(#[from] png::EncodingError),
}

/// A PNG with a bar per entry of `per_day`, scaled to the largest.
pub fn png(per_day: &[u32]) -> Result<Vec<u8>, ChartError> {
    let mut rgb = vec![255u8; (WIDTH * HEIGHT * 3) as usize];
    draw(&mut rgb, per_day).map_err(|e| ChartError::Draw(e.to_string()))?;
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&rgb)?;
    writer.finish()?;
    Ok(out)
}

fn draw<'a>(rgb: &'a mut [u8], per_day: &[u32]) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let root = BitMapBackend::with_buffer(rgb, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (w, h) = (WIDTH as i32, HEIGHT as i32);
    let baseline = h - MARGIN;
    root.draw(&PathElement::new(
        vec![(MARGIN, baseline), (w - MARGIN, baseline)],
        BLACK.stroke_width(2),
    ))?;
    let max = per_day.iter().copied().max().unwrap_or(0).max(1) as i32;
    let n = per_day.len().max(1) as i32;
    let slot = (w - 2 * MARGIN) / n;
    let bar = (slot * 2 / 3).max(1);
    let colour = RGBColor(46, 139, 87);
    for (i, count) in per_day.iter().enumerate() {
        let x0 = MARGIN + i as i32 * slot + (slot - bar) / 2;
        let top = baseline - (*count as i32) * (baseline - MARGIN) / max;
        if *count > 0 {
            root.draw(&Rectangle::new([(x0, top), (x0 + bar, baseline - 1)], colour.filled()))?;
        }
    }
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_chart_is_a_png() {
        let bytes = super::png(&[1, 3, 0, 2, 5, 1, 0]).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    }
}
