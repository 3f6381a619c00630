import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../../lib/api-client";
import type { ImportReport } from "../types";
import { reviewKeys } from "./keys";

/** The largest file the server reads (it says so too; checking here spares the upload). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Uploads a CSV file as it is (Content-Type: text/csv): the server decodes the bytes itself, so it
 * can tell a file that is not UTF-8 from one that is. The only request of the app that is not JSON.
 */
export async function importCsv(file: File): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch("/api/review/import", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "text/csv", Accept: "application/json" },
      body: file,
    });
  } catch {
    throw new ApiError({ status: 0, code: "network_error", message: "Parlance could not reach the server. Check your connection and try again." });
  }
  const payload = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; details?: unknown } } | ImportReport | undefined;
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new ApiError({
      status: response.status,
      code: error?.code ?? "http_error",
      message: error?.message ?? `The import failed (HTTP ${response.status}).`,
      details: error?.details,
    });
  }
  return payload as ImportReport;
}

export function useImportCsv() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importCsv, onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }) });
}
