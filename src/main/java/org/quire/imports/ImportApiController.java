package org.quire.imports;

import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.works.PostedWork;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/imports}: multipart with a {@code file} and, optionally, any of a work's
 * fields (a list field repeated once per value) and {@code draft} (default true) → 201 and the
 * Work. 415 for a format Quire does not import, 422 for a broken file or an invalid work (fields
 * named as in {@code POST /api/v1/works}), 413 for a file over the upload limit.
 */
@RestController
class ImportApiController {
  private final ImportService imports;

  ImportApiController(ImportService imports) {
    this.imports = imports;
  }

  @PostMapping(value = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PostedWork> create(
      Viewer viewer,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      // The work fields of the form; documented with the contract, not as one object.
      @io.swagger.v3.oas.annotations.Parameter(hidden = true) @RequestParam
          MultiValueMap<String, String> fields)
      throws IOException {
    if (viewer.isGuest()) {
      throw ApiException.unauthorized("Sign in to import works.");
    }
    if (file == null || file.isEmpty()) {
      throw ImportException.broken("is required: send the work as a multipart part named file");
    }
    ImportFields overrides = ImportFields.checked(withoutFile(fields));
    ParsedWork parsed =
        imports.read(
            viewer,
            file.getBytes(),
            file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
    PostedWork work = imports.post(viewer, parsed, overrides);
    return ResponseEntity.created(URI.create("/api/v1/works/" + work.id())).body(work);
  }

  private static MultiValueMap<String, String> withoutFile(MultiValueMap<String, String> fields) {
    MultiValueMap<String, String> copy = new org.springframework.util.LinkedMultiValueMap<>(fields);
    copy.remove("file");
    return copy;
  }
}
