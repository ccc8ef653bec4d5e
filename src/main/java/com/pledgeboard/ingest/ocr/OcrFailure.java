package com.pledgeboard.ingest.ocr;

/** Text recognition could not run on a page: not installed, over its time, or failed. The message says which. */
public final class OcrFailure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	OcrFailure(String message) {
		super(message);
	}

}
