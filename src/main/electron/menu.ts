import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuItemSpec } from './policy/menu-spec';

export type MenuCommandHandler = (command: MenuCommand, path: string | undefined) => void;

function toElectron(item: MenuItemSpec, onCommand: MenuCommandHandler): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return { role: item.role };
    case 'submenu':
      return item.role
        ? { label: item.label, role: item.role }
        : { label: item.label, submenu: item.items.map((child) => toElectron(child, onCommand)) };
    case 'command':
      return {
        label: item.label,
        ...(item.accelerator ? { accelerator: item.accelerator } : {}),
        enabled: item.enabled ?? true,
        click: () => onCommand(item.command, item.path),
      };
  }
}

export function applyMenu(spec: MenuItemSpec[], onCommand: MenuCommandHandler): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(spec.map((item) => toElectron(item, onCommand))));
}
