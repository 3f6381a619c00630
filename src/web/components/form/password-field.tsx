import { useState } from "react";
import { TextField, type TextFieldProps } from "./text-field";

/** A password input with a show/hide toggle. The toggle never submits the form. */
export function PasswordField(props: Omit<TextFieldProps, "type" | "addon">) {
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      autoCapitalize="off"
      autoCorrect="off"
      spellCheck={false}
      addon={
        <button
          type="button"
          className="field__toggle"
          aria-label={visible ? "Hide password" : "Show password"}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? "Hide" : "Show"}
        </button>
      }
    />
  );
}
