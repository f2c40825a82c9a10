import { useServerMessage } from "./use-server-message";

/** A field's errors, referenced by the field's aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  const say = useServerMessage();
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="text-sm text-red-700">
      {messages.map(say).join(" ")}
    </p>
  );
}
