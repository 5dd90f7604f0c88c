import type { PrintModel } from "./print-model";

/** The printout as HTML; the print stylesheet hides the portal around it. */
export function PrintView({ model }: { model: PrintModel }) {
  return (
    <article data-testid="printout">
      <dl className="fields">
        {model.meta.map((m) => (
          <div key={m.label} style={{ display: "contents" }}>
            <dt>{m.label}</dt>
            <dd>{m.value}</dd>
          </div>
        ))}
      </dl>
      <p>{model.count}</p>
      {model.rows.length === 0 ? (
        <p className="notice">{model.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {model.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j} lang={cell.lang}>
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{model.source}</p>
    </article>
  );
}
