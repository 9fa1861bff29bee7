import {
  AppBar,
  Box,
  Button,
  CircularProgress,
  Divider,
  Drawer,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Toolbar,
  Typography,
} from '@mui/material';
import { ROLE_LABELS } from '@call/domain';
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useMe } from '../auth/useMe';
import { useSignOut } from '../auth/useSignOut';
import { navSections } from './navigation';

const DRAWER_WIDTH = 280;

export function PageFallback() {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 8 }}>
      <CircularProgress aria-label="Chargement" />
    </Box>
  );
}

export function AppLayout() {
  const { me } = useMe();
  const { signOut, loading } = useSignOut();
  if (!me) return null;
  const sections = navSections(me);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            CALL — Back-office
          </Typography>
          <Box sx={{ textAlign: 'right', mr: 2 }}>
            <Typography variant="body2" component="div">
              {me.displayName}
            </Typography>
            <Typography variant="caption" component="div" sx={{ opacity: 0.8 }}>
              {ROLE_LABELS[me.role]}
            </Typography>
          </Box>
          <Button color="inherit" component={NavLink} to="/mot-de-passe" sx={{ mr: 1 }}>
            Changer mon mot de passe
          </Button>
          <Button color="inherit" variant="outlined" onClick={() => void signOut()} loading={loading}>
            Se déconnecter
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Box component="nav" aria-label="Navigation principale" sx={{ overflow: 'auto' }}>
          {sections.map((section, i) => (
            <List
              key={section.title ?? i}
              dense
              subheader={section.title ? <ListSubheader component="div">{section.title}</ListSubheader> : undefined}
            >
              {i > 0 && !section.title && <Divider />}
              {section.items.map((item) => (
                <ListItemButton
                  key={item.path}
                  component={NavLink}
                  to={item.path}
                  end={item.path === '/'}
                  sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
                >
                  <ListItemText primary={item.label} />
                </ListItemButton>
              ))}
            </List>
          ))}
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
