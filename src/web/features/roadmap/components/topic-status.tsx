import { useId } from "react";
import { FormStatus } from "../../../components/form/form-status";
import { isApiError } from "../../../lib/api-client";
import type { TopicStatus } from "../../../types/learning";
import { useSetTopicStatus } from "../api/set-topic-status";

const OPTIONS: { value: TopicStatus; label: string }[] = [
  { value: "learning", label: "Learning" },
  { value: "done", label: "Done" },
  { value: "skipped", label: "Skipped" },
];

/** Mark a topic done, learning or skipped: a group of toggle buttons, one pressed at most. */
export function TopicStatusPicker({ role, topicId, topicTitle, status }: { role: string; topicId: string; topicTitle: string; status: TopicStatus | null }) {
  const id = useId();
  const mark = useSetTopicStatus(role);
  const current = mark.isPending ? (mark.variables?.status ?? null) : status;
  return (
    <div className="topic-status">
      <p className="topic-status__label" id={`${id}-label`}>
        Your progress on {topicTitle}
      </p>
      <div className="topic-status__buttons" role="group" aria-labelledby={`${id}-label`}>
        {OPTIONS.map((o) => (
          <button
            key={o.value}
            type="button"
            className={`button button--small ${current === o.value ? "button--primary" : "button--secondary"}`}
            aria-pressed={current === o.value}
            disabled={mark.isPending}
            onClick={() => mark.mutate({ topicId, status: current === o.value ? null : o.value })}
          >
            {o.label}
          </button>
        ))}
      </div>
      <FormStatus
        status={
          mark.isError
            ? { kind: "error", message: isApiError(mark.error) ? mark.error.message : "The mark could not be saved." }
            : mark.isSuccess
              ? { kind: "success", message: mark.data.status ? `Marked as ${mark.data.status}.` : "Mark cleared." }
              : null
        }
      />
    </div>
  );
}
