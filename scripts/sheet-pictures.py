#!/usr/bin/python3
"""Pictures of generated sheets as LibreOffice prints them: for each sheet named, a copy of the workbook with
only that sheet visible goes through `soffice --convert-to pdf`, and each page through `pdftoppm` to PNG.

    /usr/bin/python3 scripts/sheet-pictures.py out/sormland-2017-avstamning.xlsx OUTDIR [SHEET ...]

Without sheet names, every sheet whose A2 holds Avstämning's mark. Files: OUTDIR/<stem>-<sheet>-<page>.png.
The workbook is edited as a package (only `state` attributes in xl/workbook.xml), so charts and print settings
are kept as written.
"""
import os, re, subprocess, sys, tempfile, zipfile, glob, shutil

def sheets_of(path):
    with zipfile.ZipFile(path) as z:
        wb = z.read('xl/workbook.xml').decode('utf8')
    return re.findall(r'<sheet [^>]*name="([^"]*)"', wb)

def generated(path):
    import openpyxl  # Debian's python3-openpyxl; only to read A2 marks
    wb = openpyxl.load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        a2 = ws['A2'].value
        if isinstance(a2, str) and (a2.startswith('Skapat av Avstämning') or a2.startswith('Created by Avstämning')):
            out.append(ws.title)
    return out

def unescape(s):
    return s.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")

def only(path, keep, target):
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as out:
        for item in z.infolist():
            data = z.read(item.filename)
            if item.filename == 'xl/workbook.xml':
                text = data.decode('utf8')
                def hide(m):
                    tag = m.group(0)
                    name = unescape(re.search(r'name="([^"]*)"', tag).group(1))
                    tag = re.sub(r' state="[^"]*"', '', tag)
                    return tag if name == keep else tag.replace('<sheet ', '<sheet state="hidden" ', 1)
                text = re.sub(r'<sheet [^>]*/>', hide, text)
                names = [unescape(n) for n in re.findall(r'<sheet [^>]*name="([^"]*)"', text)]
                # LibreOffice prints a hidden sheet's print area all the same: the other sheets' go.
                keep_at = str(names.index(keep))
                text = re.sub(r'<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">[^<]*</definedName>', lambda m: m.group(0) if m.group(1) == keep_at else '', text)
                # The active sheet is always shown (and printed): make it the one kept.
                if 'activeTab=' in text:
                    text = re.sub(r'activeTab="\d+"', f'activeTab="{names.index(keep)}"', text)
                elif '<bookViews>' in text:
                    text = text.replace('<workbookView', f'<workbookView activeTab="{names.index(keep)}"', 1)
                else:
                    text = text.replace('<sheets>', f'<bookViews><workbookView activeTab="{names.index(keep)}"/></bookViews><sheets>', 1)
                data = text.encode('utf8')
            out.writestr(item, data)

def main():
    src, outdir, *wanted = sys.argv[1:]
    os.makedirs(outdir, exist_ok=True)
    stem = os.path.basename(src).rsplit('.', 1)[0]
    names = wanted or generated(src)
    work = tempfile.mkdtemp()
    profile = tempfile.mkdtemp()
    for name in names:
        slug = re.sub(r'[^a-z0-9]+', '-', name.lower().replace('å', 'a').replace('ä', 'a').replace('ö', 'o')).strip('-')
        copy = os.path.join(work, f'{stem}-{slug}.xlsx')
        only(src, name, copy)
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--convert-to', 'pdf', '--outdir', work, copy], check=True, capture_output=True, timeout=300)
        pdf = copy[:-5] + '.pdf'
        for old in glob.glob(os.path.join(outdir, f'{stem}-{slug}-*.png')):
            os.remove(old)
        subprocess.run(['pdftoppm', '-png', '-r', os.environ.get('PICTURE_DPI', '80'), pdf, os.path.join(outdir, f'{stem}-{slug}')], check=True)
        print(name, '→', sorted(glob.glob(os.path.join(outdir, f'{stem}-{slug}-*.png'))))
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)

main()
