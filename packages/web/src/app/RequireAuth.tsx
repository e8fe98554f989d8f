import { useQuery } from '@apollo/client/react';
import { Center } from '@mantine/core';
import { Navigate, useLocation } from 'react-router-dom';
import { graphql } from '../graphql';
import { isUnreachableError } from '../lib/requestErrors';
import { QueryError } from '../ui/States';
import { AppLayout } from './AppLayout';
import { AppShellSkeleton } from './AppShellSkeleton';
import { signInPathFor } from './session';

export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      ...AppLayout_user
    }
  }
`);

/** Renders the signed-in layout, or sends the visitor to sign in (and back here afterwards). */
export function RequireAuth() {
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(CurrentUserQuery);

  if (loading && !data) return <AppShellSkeleton />;
  // The API is down or restarting: the banner says so and brings the page back once it answers.
  if (error && !data && isUnreachableError(error)) return <AppShellSkeleton />;
  if (error && !data) {
    return (
      <Center mih="100vh" p="md">
        <QueryError title="Could not load your account" error={error} onRetry={() => void refetch()} />
      </Center>
    );
  }
  if (!data?.me) return <Navigate to={signInPathFor(location)} replace />;
  return <AppLayout user={data.me} />;
}
