package org.quire.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.quire.platform.RateLimitedException;
import org.quire.works.PostedWork;
import org.quire.works.WorkImporter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /works/import}: upload a file, optionally with details that override it, and save it as a
 * draft (the default) or post it. When the work still misses something (a rating, a warning, a
 * fandom, or a detail the rules refuse) the page shows what was read, with every detail editable,
 * and saves once they are complete.
 */
@Controller
class ImportPageController {
  private final ImportService imports;
  private final PendingImports pending;

  ImportPageController(ImportService imports, PendingImports pending) {
    this.imports = imports;
    this.pending = pending;
  }

  @GetMapping("/works/import")
  String page(Viewer viewer, Model model) {
    signedIn(viewer);
    return upload(model, ImportForm.empty(), FormErrors.none(), List.of());
  }

  @PostMapping("/works/import")
  String upload(
      Viewer viewer,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @ModelAttribute ImportForm form,
      @RequestParam(defaultValue = "draft") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    long accountId = signedIn(viewer);
    if (file == null || file.isEmpty()) {
      response.setStatus(422);
      return upload(
          model,
          form,
          FormErrors.of(ImportException.broken("is required: choose a file to import")),
          List.of());
    }
    String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    ParsedWork parsed;
    try {
      parsed = imports.read(viewer, file.getBytes(), fileName);
      if (parsed.chapters.isEmpty()) {
        throw ImportException.broken("no chapter text was found in this file");
      }
    } catch (ApiException e) {
      RateLimitedException.setStatus(response, e);
      return upload(model, form, FormErrors.of(e), List.of());
    }
    ImportFields overrides = new ImportFields(form.asOverrides());
    // What the upload asked for becomes the work's details, so the completing page starts there.
    ImportForm.of(overrides.apply(parsed)).replaceIn(parsed);
    return save(viewer, accountId, fileName, parsed, null, action, model, response, redirect);
  }

  @PostMapping("/works/import/{token}")
  String complete(
      Viewer viewer,
      @PathVariable String token,
      @ModelAttribute ImportForm form,
      @RequestParam(defaultValue = "draft") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long accountId = signedIn(viewer);
    PendingImports.Pending found = pending.find(token, accountId);
    if (found == null) {
      response.setStatus(404);
      return upload(
          model,
          ImportForm.empty(),
          FormErrors.of(
              new ApiException(
                  org.springframework.http.HttpStatus.NOT_FOUND,
                  "This import is no longer waiting (imports wait for an hour): upload the file"
                      + " again.")),
          List.of());
    }
    form.replaceIn(found.work());
    return save(
        viewer,
        accountId,
        found.fileName(),
        found.work(),
        token,
        action,
        model,
        response,
        redirect);
  }

  private String save(
      Viewer viewer,
      long accountId,
      String fileName,
      ParsedWork parsed,
      @Nullable String token,
      String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    boolean post = action.equals("post");
    org.springframework.util.MultiValueMap<String, String> draft =
        new org.springframework.util.LinkedMultiValueMap<>();
    draft.add("draft", post ? "false" : "true");
    try {
      PostedWork work = imports.post(viewer, parsed, new ImportFields(draft));
      if (token != null) {
        pending.done(token);
      }
      redirect.addFlashAttribute(
          "notice",
          post
              ? "Imported and posted."
              : "Imported as a draft: only you can see it. Check it, then post it.");
      return "redirect:/works/" + work.id();
    } catch (ApiException e) {
      RateLimitedException.setStatus(response, e);
      String kept = token != null ? token : pending.keep(accountId, fileName, parsed);
      model.addAttribute("token", kept);
      model.addAttribute("fileName", fileName);
      model.addAttribute("source", parsed.source);
      model.addAttribute("chapters", chapterLines(parsed));
      model.addAttribute("form", ImportForm.of(new ImportFields(draft).apply(parsed)));
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute(
          "publishedOn", parsed.publishedOn == null ? null : parsed.publishedOn.toString());
      model.addAttribute(
          "updatedOn", parsed.updatedOn == null ? null : parsed.updatedOn.toString());
      model.addAttribute("languages", WorkImporter.languages());
      return "imports/complete";
    }
  }

  private String upload(Model model, ImportForm form, FormErrors found, List<String> messages) {
    FormErrors errors =
        found.has("file") ? found.stated("file", sentence(found.get("file"))) : found;
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("uploadLimit", imports.uploadLimit());
    model.addAttribute("fileError", errors.has("file") ? errors.get("file") : null);
    model.addAttribute("messages", messages);
    model.addAttribute("languages", WorkImporter.languages());
    return "imports/upload";
  }

  /** "File PDF files cannot…" reads "PDF files cannot…"; "File is required…" stays. */
  private static String sentence(String message) {
    String rest = message.substring("File ".length());
    return rest.startsWith("is ")
        ? message
        : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  private static List<String> chapterLines(ParsedWork work) {
    return work.chapters.stream()
        .map(
            c -> {
              int i = work.chapters.indexOf(c) + 1;
              String heading = c.title.isBlank() ? "Chapter " + i : "Chapter " + i + ": " + c.title;
              int length = org.jsoup.Jsoup.parseBodyFragment(c.body).text().length();
              return heading
                  + " ("
                  + String.format(java.util.Locale.ENGLISH, "%,d", length)
                  + " characters)";
            })
        .toList();
  }

  private static long signedIn(Viewer viewer) {
    Long id = viewer.accountId();
    if (id == null) {
      throw new AccessDeniedException("Log in to import works.");
    }
    return id;
  }
}
