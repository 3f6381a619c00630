import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { InputProps } from "./types";

/**
 * Sentence ordering. Drag an item by its handle (mouse, pen or finger: pointer events, so it works
 * on phones too), or with the keyboard: focus the handle and press the arrow keys, or use the
 * "up" and "down" buttons. Every move is announced.
 */
export function OrderingInput({ exercise, value, onChange, result, idPrefix }: InputProps<"ordering">) {
  const order = value.order;
  const listRef = useRef<HTMLOListElement>(null);
  const handles = useRef(new Map<number, HTMLButtonElement>());
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const refocus = useRef<number | null>(null);
  const done = result !== null;

  // After a keyboard move the item's node moved: give focus back to its handle.
  useEffect(() => {
    if (refocus.current === null) return;
    handles.current.get(refocus.current)?.focus();
    refocus.current = null;
  }, [order]);

  function move(from: number, to: number, announce = true) {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange({ type: "ordering", order: next });
    if (announce) setAnnouncement(`“${exercise.items[item!]}” moved to position ${to + 1} of ${order.length}.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const to = event.key === "ArrowUp" ? index - 1 : event.key === "ArrowDown" ? index + 1 : event.key === "Home" ? 0 : event.key === "End" ? order.length - 1 : null;
    if (to === null) return;
    event.preventDefault();
    refocus.current = order[index]!;
    move(index, to);
  }

  function onPointerDown(event: PointerEvent<HTMLButtonElement>, index: number) {
    if (done || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(order[index]!);
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    if (dragging === null || !listRef.current) return;
    const rows = [...listRef.current.querySelectorAll<HTMLElement>("[data-row]")];
    const from = order.indexOf(dragging);
    // The row whose middle the pointer has passed is the new place.
    let to = rows.findIndex((row) => {
      const r = row.getBoundingClientRect();
      return event.clientY < r.top + r.height / 2;
    });
    if (to === -1) to = rows.length - 1;
    else if (to > from) to -= 1;
    if (to !== from) move(from, to, false);
  }

  function onPointerUp() {
    if (dragging === null) return;
    const at = order.indexOf(dragging);
    setAnnouncement(`“${exercise.items[dragging]}” dropped at position ${at + 1} of ${order.length}.`);
    setDragging(null);
  }

  return (
    <fieldset className="fieldset">
      <legend className="exercise__prompt">{exercise.prompt}</legend>
      <p className="field__hint" id={`${idPrefix}-how`}>
        Drag the items by their handles, or focus a handle and use the arrow keys.
      </p>
      <ol className={`ordering${dragging !== null ? " ordering--dragging" : ""}`} ref={listRef}>
        {order.map((position, index) => {
          const text = exercise.items[position]!;
          const part = result?.parts[index];
          return (
            <li
              key={position}
              data-row=""
              className={`ordering__item${dragging === position ? " ordering__item--dragging" : ""}${part ? (part.correct ? " ordering__item--right" : " ordering__item--wrong") : ""}`}
            >
              <button
                type="button"
                className="ordering__handle"
                ref={(el) => {
                  if (el) handles.current.set(position, el);
                  else handles.current.delete(position);
                }}
                aria-label={`Move “${text}”, position ${index + 1} of ${order.length}`}
                aria-describedby={`${idPrefix}-how`}
                disabled={done}
                onKeyDown={(e) => onKeyDown(e, index)}
                onPointerDown={(e) => onPointerDown(e, index)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={onPointerUp}
              >
                <span aria-hidden="true">⠿</span>
              </button>
              <span className="ordering__text">{text}</span>
              {done ? (
                part && !part.correct ? <span className="ordering__mark">✗ Belongs: “{part.expected}”</span> : <span className="ordering__mark">✓</span>
              ) : (
                <span className="ordering__buttons">
                  <button type="button" className="icon-button ordering__move" aria-label={`Move “${text}” up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button ordering__move"
                    aria-label={`Move “${text}” down`}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
    </fieldset>
  );
}
