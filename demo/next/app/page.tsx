// #region page
// app/page.tsx, a server component: it renders on the server and hands the widget to the client component.
import { Collections } from './collections';

export default function Page() {
  return (
    <main className="example-app">
      <h1>Northwind Invoicing · Next.js</h1>
      <Collections />
    </main>
  );
}
// #endregion
