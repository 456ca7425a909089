package org.stillpoint.diary.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clients.ClientId;
import org.stillpoint.diary.Diary;
import org.stillpoint.diary.DiaryImport;
import org.stillpoint.diary.DiaryImportRefused;
import org.stillpoint.diary.DiaryTransfer;

/**
 * The client saves their diary as a CSV file, and imports an earlier one: the upload is checked and previewed (what it
 * adds, or every problem by line), and only the confirmation adds it. The file waits in the client's session between
 * the two (sessions live in the database, so any instance can confirm), and the confirmation checks it again.
 * Staff who may read a client's diary download it from {@code /clients/{id}/diary/export.csv}.
 */
@Controller
class DiaryTransferPages {

    /** The checked file, waiting in the session for the confirmation. */
    static final String PENDING = "diary.import.pending";

    private final Diary diary;
    private final DiaryTransfer transfer;
    private final MessageSource messages;

    DiaryTransferPages(Diary diary, DiaryTransfer transfer, MessageSource messages) {
        this.diary = diary;
        this.transfer = transfer;
        this.messages = messages;
    }

    @GetMapping("/me/diary/export-import")
    String page(Model model, HttpSession session) {
        session.removeAttribute(PENDING);
        return page(model, diary.me());
    }

    /** The diary as a file, for the client and for staff who may read the diary (their download is audited). */
    @GetMapping("/clients/{id}/diary/export.csv")
    ResponseEntity<String> export(@PathVariable UUID id) {
        return CsvDownload.of(transfer.export(new ClientId(id)));
    }

    @PostMapping("/me/diary/import")
    String check(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model,
                 HttpServletResponse response, Locale locale) throws IOException {
        ClientId me = diary.me();
        session.removeAttribute(PENDING);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uploadError", "diary.import.choose-file");
            return page(model, me);
        }
        byte[] csv;
        try (InputStream in = file.getInputStream()) {
            csv = in.readNBytes(DiaryTransfer.MAX_BYTES + 1);
        }
        DiaryImport preview = transfer.checkImport(me, csv);
        if (preview.valid()) {
            session.setAttribute(PENDING, csv);
            model.addAttribute("digest", digest(csv));
        }
        return preview(model, preview, response, locale);
    }

    /**
     * Adds the file the client saw previewed ({@code digest} names it, so that a preview left open in another tab
     * cannot confirm a different file); it is checked again, against the diary as it is now.
     */
    @PostMapping("/me/diary/import/confirm")
    String confirm(@RequestParam(required = false) String digest, HttpSession session, Model model,
                   HttpServletResponse response, Locale locale, RedirectAttributes flash) {
        ClientId me = diary.me();
        byte[] csv = session.getAttribute(PENDING) instanceof byte[] pending ? pending : null;
        if (csv == null || digest == null || !MessageDigest.isEqual(digest(csv).getBytes(StandardCharsets.UTF_8),
                digest.getBytes(StandardCharsets.UTF_8))) {
            flash.addFlashAttribute("flash", "diary.import.expired");
            return "redirect:/me/diary/export-import";
        }
        try {
            DiaryImport done = transfer.importCsv(me, csv);
            session.removeAttribute(PENDING);
            flash.addFlashAttribute("importedAttacks", done.attacks());
            flash.addFlashAttribute("importedDays", done.days());
            return "redirect:/me/diary/export-import";
        } catch (DiaryImportRefused refused) {
            session.removeAttribute(PENDING);
            return preview(model, refused.result(), response, locale);
        }
    }

    private static String page(Model model, ClientId me) {
        model.addAttribute("client", me.value());
        model.addAttribute("maxMegabytes", DiaryTransfer.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxBytes", DiaryTransfer.MAX_BYTES);
        model.addAttribute("maxRows", DiaryTransfer.MAX_ROWS);
        return "diary/export-import";
    }

    private String preview(Model model, DiaryImport preview, HttpServletResponse response, Locale locale) {
        if (!preview.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("preview", preview);
        model.addAttribute("problems", ImportProblemView.of(preview, messages, locale));
        return "diary/import-preview";
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
