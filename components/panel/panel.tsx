export function Panel() {
  return (
    <main class="panel">
      <h1>Mineral Lens</h1>
      <p>Critical minerals and the policy around them, highlighted on the pages you read.</p>
    </main>
  );
}
