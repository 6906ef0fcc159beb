import { createRoutesFromElements, Route } from 'react-router';
import {
  DonationFormPage,
  DonationsPage,
  EntrancePage,
  ErasurePage,
  EventForm,
  EventPage,
  EventsPage,
  ImportPage,
  MembersPage,
  MergePeoplePage,
  PersonForm,
  PersonPage,
  RenewalsPage,
  ReportsPage,
  SettingsPage,
} from '@renderer/app/pages';
import { RouteFailure } from '@renderer/app/RouteFailure';
import { Shell } from '@renderer/app/Shell';
import { RequirePermission } from '@renderer/components/RequirePermission';
import { AuthGate } from '@renderer/pages/auth/AuthGate';
import { HomePage } from '@renderer/pages/HomePage';
import { NotFoundPage } from '@renderer/pages/NotFoundPage';

/** The app's routes: a data router, so that a form with unsaved changes can hold navigation. */
export const sectionRoutes = createRoutesFromElements(
  <>
    <Route
      element={
        <AuthGate>
          <Shell />
        </AuthGate>
      }
      errorElement={<RouteFailure />}
    >
      <Route index element={<HomePage />} />
      <Route
        path="entree"
        element={
          <RequirePermission action="attendance.checkIn">
            <EntrancePage />
          </RequirePermission>
        }
      />
      <Route
        path="dons"
        element={
          <RequirePermission action="donations.read">
            <DonationsPage />
          </RequirePermission>
        }
      />
      <Route
        path="dons/nouveau"
        element={
          <RequirePermission action="donations.manage">
            <DonationFormPage />
          </RequirePermission>
        }
      />
      <Route
        path="dons/:id/modifier"
        element={
          <RequirePermission action="donations.manage">
            <DonationFormPage />
          </RequirePermission>
        }
      />
      <Route
        path="membres"
        element={
          <RequirePermission action="people.readDetails">
            <MembersPage />
          </RequirePermission>
        }
      />
      <Route
        path="membres/nouveau"
        element={
          <RequirePermission action="people.create">
            <PersonForm />
          </RequirePermission>
        }
      />
      <Route
        path="membres/renouvellement"
        element={
          <RequirePermission action="memberships.read">
            <RenewalsPage />
          </RequirePermission>
        }
      />
      <Route
        path="membres/importer"
        element={
          <RequirePermission action="data.import">
            <ImportPage />
          </RequirePermission>
        }
      />
      <Route
        path="membres/:id"
        element={
          <RequirePermission action="people.readDetails">
            <PersonPage />
          </RequirePermission>
        }
      />
      <Route
        path="membres/:id/modifier"
        element={
          <RequirePermission action="people.update">
            <PersonForm />
          </RequirePermission>
        }
      />
      <Route
        path="membres/:id/effacer"
        element={
          <RequirePermission action="people.erase">
            <ErasurePage />
          </RequirePermission>
        }
      />
      <Route
        path="membres/:id/fusionner"
        element={
          <RequirePermission action="people.merge">
            <MergePeoplePage />
          </RequirePermission>
        }
      />
      <Route
        path="evenements"
        element={
          <RequirePermission action="events.read">
            <EventsPage />
          </RequirePermission>
        }
      />
      <Route
        path="evenements/nouveau"
        element={
          <RequirePermission action="events.manage">
            <EventForm />
          </RequirePermission>
        }
      />
      <Route
        path="evenements/:id"
        element={
          <RequirePermission action="events.read">
            <EventPage />
          </RequirePermission>
        }
      />
      <Route
        path="evenements/:id/modifier"
        element={
          <RequirePermission action="events.manage">
            <EventForm />
          </RequirePermission>
        }
      />
      <Route
        path="rapports"
        element={
          <RequirePermission action="reports.read">
            <ReportsPage />
          </RequirePermission>
        }
      />
      {/* Without a tab: the first tab this role may open (Langue for the door). */}
      <Route path="parametres" element={<SettingsPage />} />
      <Route path="parametres/:tab" element={<SettingsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>,
);
