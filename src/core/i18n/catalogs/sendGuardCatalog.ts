import { defineCatalog } from '../Catalog';

/** Texts of the send guard (Smart Alerts dialog, ≤ 500 chars in all; runtime log lines). */
export const sendGuardCatalog = defineCatalog(
  {
    'block.title': 'Meeting Guard: this invite cannot be sent yet.',
    'warn.title': 'Meeting Guard: this invite is missing what makes the meeting worth attending.',
    'warn.question': 'Send anyway, or fix it first?',
    more: '…and {count} more in the Meeting Guard pane.',
    cancelLabel: 'Fix invite',
    'log.unreadable': 'Meeting Guard allowed the send: the invite could not be read ({detail}).',
    'log.timeout': 'Meeting Guard allowed the send: reading the invite took longer than {seconds} s.',
    'log.failed': 'Meeting Guard allowed the send: the check failed ({detail}).',
    'log.clean': 'Meeting Guard allowed the send: nothing to fix.',
    'log.warnAllowed': 'Meeting Guard allowed the send with {count} warnings (no prompt configured).',
  },
  {
    'block.title': '会议守卫：此邀请暂不能发送。',
    'warn.title': '会议守卫：此邀请缺少让会议值得参加的内容。',
    'warn.question': '仍要发送，还是先修改？',
    more: '……另有 {count} 项，请在会议守卫窗格中查看。',
    cancelLabel: '修改邀请',
    'log.unreadable': '会议守卫已放行：无法读取邀请（{detail}）。',
    'log.timeout': '会议守卫已放行：读取邀请超过 {seconds} 秒。',
    'log.failed': '会议守卫已放行：检查出错（{detail}）。',
    'log.clean': '会议守卫已放行：无需修改。',
    'log.warnAllowed': '会议守卫已放行，有 {count} 条提醒（未配置提示）。',
  },
);
