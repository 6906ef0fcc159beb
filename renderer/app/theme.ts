import {
  Accordion,
  ActionIcon,
  Burger,
  Button,
  Alert,
  CloseButton,
  createTheme,
  Drawer,
  Input,
  Modal,
  Notification,
  SegmentedControl,
  Select,
} from '@mantine/core';
import touch from '@renderer/components/touch.module.css';

/**
 * Green like a lime tree; system fonts only, nothing is fetched from the network. On a phone,
 * every control is a 44 px touch target (touch.module.css): buttons, the close buttons of notices
 * and dialogs, a password's show/hide, the menu, fields, segmented choices. Whoever asks their
 * system for less motion gets dialogs, menus and notices without their slide and fade.
 */
export const themeWith = ({ closeLabel }: { closeLabel: string }) =>
  createTheme({
    primaryColor: 'green',
    primaryShade: 8,
    defaultRadius: 'md',
    respectReducedMotion: true,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, sans-serif',
    components: {
      Accordion: Accordion.extend({ classNames: { control: touch.target } }),
      ActionIcon: ActionIcon.extend({ classNames: { root: touch.target } }),
      Burger: Burger.extend({ classNames: { root: touch.target } }),
      Button: Button.extend({ classNames: { root: touch.target } }),
      CloseButton: CloseButton.extend({ classNames: { root: touch.target } }),
      Input: Input.extend({ classNames: { input: touch.target } }),
      SegmentedControl: SegmentedControl.extend({ classNames: { label: touch.choice } }),
      // A click on the option already chosen keeps it (Mantine would clear it): a secretary who
      // checks the payment method must not empty it. Optional choices and filters say
      // `clearable allowDeselect`.
      Select: Select.extend({ defaultProps: { allowDeselect: false } }),
      // The cross of a dialog, a drawer, a notice or an alert is named in the screen's language
      // (Mantine leaves it nameless: a screen reader said « bouton », and nothing more).
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: closeLabel } }),
    },
  });
