package com.pledgeboard.documents;

/**
 * The formats a plan year's table is exported in, with what a browser or a file needs to know.
 */
public enum ExportFormat {

	JSON("application/json", "json"),
	CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PDF("application/pdf", "pdf");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

}
