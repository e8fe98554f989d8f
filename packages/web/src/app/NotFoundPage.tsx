import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../ui/States';
import { HOME_PATH } from './session';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found · Order Desk</title>
      <EmptyState
        icon={<IconMapOff size={24} />}
        title="Page not found"
        headingLevel={1}
        description="The page you were looking for does not exist."
        action={
          <Button component={Link} to={HOME_PATH} variant="light">
            Go to Today
          </Button>
        }
      />
    </>
  );
}
