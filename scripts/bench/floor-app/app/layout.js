// The framework floor (scripts/bench/framework-floor.ts): the least a Next.js page can be, so its
// throughput is the stack's own, not the portal's. Plain JavaScript: no tsconfig of its own.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
