// The same markup for both pages, so the two differ only in when they are rendered.
export function Content() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>One heading and one paragraph.</p>
    </main>
  );
}
