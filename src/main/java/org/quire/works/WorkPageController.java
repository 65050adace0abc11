package org.quire.works;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.quire.accounts.Viewer;
import org.quire.platform.ClientAddress;
import org.quire.platform.PageContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The reading pages: a work's first chapter, one chapter, or the entire work. */
@Controller
class WorkPageController {
  private final WorkService works;
  private final AdultGate gate;
  private final HitCounter hits;
  private final ObjectProvider<WorkPageSection> sections;
  private final ApplicationEventPublisher events;

  WorkPageController(
      WorkService works,
      AdultGate gate,
      HitCounter hits,
      ObjectProvider<WorkPageSection> sections,
      ApplicationEventPublisher events) {
    this.works = works;
    this.gate = gate;
    this.hits = hits;
    this.sections = sections;
    this.events = events;
  }

  @GetMapping("/works/{id}")
  String work(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String view,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return read(viewer, id, 1, view.equals("full"), request, response, model);
  }

  @GetMapping("/works/{id}/chapters/{position}")
  String chapter(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable int position,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return read(viewer, id, position, false, request, response, model);
  }

  private String read(
      Viewer viewer,
      long id,
      int position,
      boolean full,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Work work = readable(viewer, id);
    model.addAttribute("work", work);
    if (gate.mustWarn(viewer, work, request, response)) {
      model.addAttribute(
          "proceed",
          request.getRequestURI() + (full ? "?view=full&view_adult=true" : "?view_adult=true"));
      return "works/adult";
    }
    List<Chapter> chapters = full ? works.chapters(work) : List.of(works.chapter(work, position));
    hits.record(viewer, work, ClientAddress.of(request));
    int shown = full ? 0 : position;
    if (!viewer.isGuest() && Audience.of(viewer).lists(work)) {
      int read = full ? work.chapterCount() : position;
      events.publishEvent(new WorkRead(viewer.accountId(), work.id(), read, work.chapterCount()));
    }
    PageContext page = (PageContext) model.getAttribute("ctx");
    WorkSummary summary = WorkSummary.of(work);
    model.addAttribute(
        "sections",
        page == null
            ? List.of()
            : sections.orderedStream().map(s -> s.render(viewer, page, summary, shown)).toList());
    model.addAttribute("chapters", chapters);
    model.addAttribute("full", full);
    model.addAttribute("position", full ? 0 : position);
    model.addAttribute("mine", work.createdBy(viewer.accountId()));
    return "works/work";
  }

  /** The audience's verdict: a guest whom signing in would help is sent to log in; else 404. */
  private Work readable(Viewer viewer, long id) {
    try {
      return works.visible(viewer, id);
    } catch (WorkNotShown notShown) {
      throw notShown.onPage();
    }
  }
}
