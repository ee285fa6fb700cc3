/*
 * qr.c — QR codes for slips (libqrencode), as SVG path data the stylesheet draws: one
 * "M x y h n v 1 h -n z" per run of dark modules in a row.
 */
#include <stdio.h>
#include <string.h>

#include <qrencode.h>

#include "dvc.h"

xmlNodePtr
xml_qr(xmlNodePtr parent, const char *text)
{
	QRcode		*qr;
	struct buf	 path = { 0 };
	xmlNodePtr	 node;
	char		 size[16];
	int		 x, y, run;

	if ((qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1)) == NULL) {
		log_warn("QR code for %s failed", text);
		return NULL;
	}
	for (y = 0; y < qr->width; y++)
		for (x = 0; x < qr->width; x += run > 0 ? run : 1) {
			for (run = 0; x + run < qr->width && (qr->data[y * qr->width + x + run] & 1); run++)
				;
			if (run > 0)
				buf_printf(&path, "M%d %dh%dv1h-%dz", x, y, run, run);
		}
	node = xml_elem(parent, "qr");
	snprintf(size, sizeof(size), "%d", qr->width);
	xml_text(node, "size", size);
	xml_text(node, "path", buf_cstr(&path));
	buf_free(&path);
	QRcode_free(qr);
	return node;
}
