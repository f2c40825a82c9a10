"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { formatOrder, moveItem } from "@/lib/domain/quiz/ordering-moves";

export interface OrderingListProps {
  /** The events, in their starting display order (the question's choices). */
  items: string[];
  /** Indexes into `items`, as the page shows them now (from `?order=` after a no-JS move). */
  initialOrder: number[];
  /** Id of the GET form that reloads the page with `?order=` when a move button is used without JavaScript. */
  reorderFormId: string;
}

// Icon buttons: the accessible name is the aria-label alone (no visible text to mismatch), 40px for a thumb.
const moveButton =
  "flex h-10 w-10 items-center justify-center rounded-md border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 disabled:cursor-not-allowed disabled:text-stone-300";

function Arrow({ direction }: { direction: "up" | "down" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2}>
      <path d={direction === "up" ? "M5 12l5-5 5 5" : "M5 8l5 5 5-5"} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Put events in order by drag and drop, or with "Move up" / "Move down" buttons (keyboard and touch).
 * The current order is posted as repeated hidden `response` inputs. Without JavaScript each move button
 * submits a GET form whose value is the order after that move, so the page comes back rearranged.
 */
export function OrderingList({ items, initialOrder, reorderFormId }: OrderingListProps) {
  const t = useTranslations("quiz");
  const [order, setOrder] = useState(initialOrder);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const focusTarget = useRef<{ item: number; direction: "up" | "down" } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const hydrated = useHydrated();

  // Keep keyboard focus on the item that moved (on the other button once it reaches an end).
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const position = order.indexOf(target.item);
    const atEnd = target.direction === "up" ? position === 0 : position === order.length - 1;
    const direction = atEnd ? (target.direction === "up" ? "down" : "up") : target.direction;
    buttons.current.get(`${target.item}-${direction}`)?.focus();
  }, [order]);

  function move(from: number, to: number, direction?: "up" | "down") {
    if (to < 0 || to >= order.length || from === to) return;
    const next = moveItem(order, from, to);
    const item = order[from] as number;
    setOrder(next);
    setAnnouncement(t("moved", { item: items[item] ?? "", position: to + 1, total: order.length }));
    if (direction) focusTarget.current = { item, direction };
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, position: number) {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (dragging !== position) {
      move(dragging, position);
      setDragging(position);
    }
  }

  return (
    <div>
      <ol className="space-y-2" aria-label={t("eventsEarliestFirst")}>
        {order.map((item, position) => {
          const text = items[item] as string;
          return (
            <li
              key={text}
              draggable={hydrated}
              onDragStart={(event) => {
                setDragging(position);
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", text);
              }}
              onDragOver={(event) => onDragOver(event, position)}
              onDrop={(event) => event.preventDefault()}
              onDragEnd={() => setDragging(null)}
              data-testid="ordering-item"
              className={`flex items-center gap-2 rounded-md border bg-white py-1.5 pl-3 pr-1.5 sm:gap-3 ${dragging === position ? "border-brand-700 bg-brand-50" : "border-stone-300"}`}
            >
              {hydrated ? (
                <span aria-hidden="true" className="cursor-grab select-none text-stone-400" title="Drag to reorder">
                  ⠿
                </span>
              ) : null}
              <span className="w-5 shrink-0 text-sm font-semibold text-stone-600">{position + 1}.</span>
              <span className="min-w-0 flex-1 text-sm sm:text-base">{text}</span>
              <input type="hidden" name="response" value={text} />
              <span className="flex shrink-0 gap-1">
                {(["up", "down"] as const).map((direction) => {
                  const to = direction === "up" ? position - 1 : position + 1;
                  const disabled = to < 0 || to >= order.length;
                  return (
                    <button
                      key={direction}
                      ref={(node) => {
                        if (node) buttons.current.set(`${item}-${direction}`, node);
                        else buttons.current.delete(`${item}-${direction}`);
                      }}
                      type="submit"
                      form={reorderFormId}
                      name="order"
                      value={disabled ? formatOrder(order) : formatOrder(moveItem(order, position, to))}
                      disabled={disabled}
                      aria-label={direction === "up" ? t("moveItemUp", { item: text }) : t("moveItemDown", { item: text })}
                      title={direction === "up" ? t("moveUp") : t("moveDown")}
                      onClick={(event) => {
                        event.preventDefault();
                        move(position, to, direction);
                      }}
                      className={moveButton}
                    >
                      <Arrow direction={direction} />
                    </button>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ol>
      <input type="hidden" name="list" value="1" />
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
