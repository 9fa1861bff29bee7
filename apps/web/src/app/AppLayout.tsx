import {
  AppBar,
  Box,
  Button,
  CircularProgress,
  Divider,
  Drawer,
  IconButton,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Toolbar,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import MenuIcon from '@mui/icons-material/Menu';
import { ROLE_LABELS } from '@call/domain';
import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useMe } from '../auth/useMe';
import { useSignOut } from '../auth/useSignOut';
import { ColumnPrefsUser } from '../shared/kit';
import { navSections } from './navigation';

const DRAWER_WIDTH = 280;

const MAIN_ID = 'contenu';

/** The first thing a keyboard user meets: straight to the page's content, past the bar and the menu (RGAA 12.7). */
function SkipLink() {
  return (
    <Box
      component="a"
      href={`#${MAIN_ID}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
      sx={{
        position: 'fixed',
        top: 8,
        left: 8,
        zIndex: (t) => t.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        fontWeight: 600,
        borderRadius: 1,
        transform: 'translateY(-200%)',
        '&:focus': { transform: 'none' },
      }}
    >
      Aller au contenu
    </Box>
  );
}

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
  // below 1200 px the menu folds into a drawer opened from the bar, so the content keeps the width
  const wide = useMediaQuery((t: Theme) => t.breakpoints.up('lg'));
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  if (!me) return null;
  const sections = navSections(me);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar>
          {!wide && (
            <IconButton
              color="inherit"
              edge="start"
              sx={{ mr: 1 }}
              aria-label="Ouvrir le menu"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen((o) => !o)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h6" component="div" sx={{ flexGrow: 1, minWidth: 0 }} noWrap>
            CALL
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {' '}
              — Back-office
            </Box>
          </Typography>
          <Box sx={{ textAlign: 'right', mr: 2, display: { xs: 'none', sm: 'block' } }}>
            <Typography variant="body2" component="div">
              {me.displayName}
            </Typography>
            <Typography variant="caption" component="div" sx={{ opacity: 0.8 }}>
              {ROLE_LABELS[me.role]}
            </Typography>
          </Box>
          {/* on a phone the bar keeps the sign-out; the password page stays in reach from the menu */}
          <Button
            color="inherit"
            component={NavLink}
            to="/mot-de-passe"
            size="small"
            sx={{ mr: 1, whiteSpace: 'nowrap', flexShrink: 0, display: { xs: 'none', md: 'inline-flex' } }}
          >
            Changer mon mot de passe
          </Button>
          <Button
            color="inherit"
            variant="outlined"
            size="small"
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            onClick={() => void signOut()}
            loading={loading}
          >
            Se déconnecter
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant={wide ? 'permanent' : 'temporary'}
        open={wide || menuOpen}
        onClose={() => setMenuOpen(false)}
        sx={{
          width: wide ? DRAWER_WIDTH : undefined,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Box component="nav" aria-label="Navigation principale" sx={{ overflow: 'auto' }}>
          {sections.map((section, i) => (
            // the section's title outside the list, naming it: a <ul> holds only <li> (RGAA 9.3)
            <Box key={section.title ?? i}>
              {i > 0 && !section.title && <Divider />}
              {section.title && (
                <ListSubheader component="div" id={`menu-${i}`}>
                  {section.title}
                </ListSubheader>
              )}
              <List dense aria-labelledby={section.title ? `menu-${i}` : undefined}>
                {section.items.map((item) => (
                  <ListItem key={item.path} disablePadding>
                    <ListItemButton
                      component={NavLink}
                      to={item.path}
                      end={item.path === '/'}
                      sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
                    >
                      <ListItemText primary={item.label} />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            </Box>
          ))}
          {!wide && (
            <List dense>
              <ListItem disablePadding>
                <ListItemButton component={NavLink} to="/mot-de-passe">
                  <ListItemText primary="Changer mon mot de passe" />
                </ListItemButton>
              </ListItem>
            </List>
          )}
        </Box>
      </Drawer>
      <Box
        component="main"
        id={MAIN_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, p: { xs: 2, sm: 3 }, minWidth: 0, '&:focus': { outline: 'none' } }}
      >
        <Toolbar />
        <ColumnPrefsUser.Provider value={me.id}>
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </ColumnPrefsUser.Provider>
      </Box>
    </Box>
  );
}
