package com.pledgeboard.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG or JPEG upload decoded by Java's own ImageIO readers, after its dimensions have been read
 * from its header: an image declaring more pixels than a scanned page has (an image bomb: a few
 * kilobytes that inflate to gigabytes) is refused before any pixel is decoded.
 */
public final class ImageFile {

	/** A page of A4 scanned at 600 dpi has 35 million pixels; a table needs no more. */
	public static final long MAX_PIXELS = 36_000_000L;

	/** Longer sides than this are no page, whatever the pixel count. */
	public static final int MAX_SIDE = 20_000;

	private ImageFile() {
	}

	/** Why an image was refused: its header declares too many pixels, or it cannot be decoded. */
	public static final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}

	}

	/**
	 * The image, decoded.
	 * @throws Refused when the header declares more than {@link #MAX_PIXELS} or a side over {@link #MAX_SIDE},
	 * or when the content is not a decodable image
	 */
	public static BufferedImage decode(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
			if (readers == null || !readers.hasNext()) {
				throw new Refused("not an image Java can read (无法识别的图片)");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				requireSize(width, height);
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new Refused("the image holds no picture (图片为空)");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Refused refused) {
				throw refused;
			}
			throw new Refused("the image is damaged and cannot be decoded (图片已损坏): " + ex.getClass().getSimpleName());
		}
	}

	/** Refuses dimensions over the limits, before anything of that size is made. */
	public static void requireSize(long width, long height) {
		if (width <= 0 || height <= 0) {
			throw new Refused("the image declares no size (图片尺寸无效)");
		}
		if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
			throw new Refused("the image declares %d × %d pixels, more than the %d million a scanned page has (图片像素过多：%d × %d)"
				.formatted(width, height, MAX_PIXELS / 1_000_000, width, height));
		}
	}

}
