import { useState } from 'react';
import type { DemoSize } from '@shared/demo/demo-association';
import { usePermission } from '@renderer/data/context';
import { DemoLoaded } from '@renderer/pages/home/demo/DemoLoaded';
import { DemoOffer } from '@renderer/pages/home/demo/DemoOffer';
import { useDemo } from '@renderer/pages/home/demo/use-demo';

/**
 * « Essayer avec une association de démonstration » / « Retirer les données de démonstration ».
 * Only for those who may manage the association: the demo writes seasons and fields in settings.
 */
export function DemoCard() {
  const mayManage = usePermission('settings.manage');
  if (!mayManage.allowed) return null;
  return <DemoCardContent />;
}

function DemoCardContent() {
  const demo = useDemo();
  // Kept here: the size chosen last is offered again after a removal.
  const [size, setSize] = useState<DemoSize>('small');
  // While loading, the offer stays with its progress; while removing, the notice does.
  const loaded = (demo.present && demo.busy !== 'loading') || demo.busy === 'removing';
  return loaded ? <DemoLoaded demo={demo} /> : <DemoOffer demo={demo} size={size} onSizeChange={setSize} />;
}
