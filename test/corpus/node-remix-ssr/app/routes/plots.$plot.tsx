import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import invariant from 'tiny-invariant'
import { createEntry, listEntries } from '~/models/entry.server'

export async function loader({ params }: LoaderFunctionArgs) {
  invariant(params.plot, 'plot is required')
  return json({ plot: params.plot, entries: await listEntries(params.plot) })
}

export async function action({ request, params }: ActionFunctionArgs) {
  invariant(params.plot, 'plot is required')
  const form = await request.formData()
  await createEntry({
    plot: params.plot,
    date: new Date(String(form.get('date'))),
    crop: String(form.get('crop')),
    note: String(form.get('note')),
  })
  return redirect(`/plots/${params.plot}`)
}

export default function Plot() {
  const { plot, entries } = useLoaderData<typeof loader>()
  return (
    <main>
      <h1>Plot {plot}</h1>
      <Form method="post">
        <input type="date" name="date" required />
        <input name="crop" placeholder="Crop" required />
        <textarea name="note" />
        <button type="submit">Add entry</button>
      </Form>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            {new Date(e.date).toLocaleDateString('en-GB')} — {e.crop}: {e.note}
          </li>
        ))}
      </ul>
    </main>
  )
}
